import type { Group, Operation } from '../model.js';
import { isObject } from './context.js';

interface TagFacts {
  summary?: string;
  description?: string;
  parent?: string;
  kind?: string;
}

/**
 * Operation groups in first-appearance order, with what the tags say of them. In 3.2 a tag may
 * name a `parent`: the parents are groups too (after the groups that have operations, in the
 * order they are first named), so the nesting is whole even where a parent has no operation. A
 * `parent` that names no tag, or that would close a cycle, is dropped.
 */
export function buildGroups(operations: Operation[], tags: unknown, tags32: boolean): Group[] {
  const facts = tagFacts(tags, tags32);
  const groups = new Map<string, Group>();
  const groupOf = (name: string): Group => {
    let group = groups.get(name);
    if (!group) {
      group = { name, operationIds: [] };
      const tag = facts.get(name);
      if (tag?.summary !== undefined) group.summary = tag.summary;
      if (tag?.description !== undefined) group.description = tag.description;
      if (tag?.kind !== undefined) group.kind = tag.kind;
      groups.set(name, group);
    }
    return group;
  };
  for (const op of operations) if (op.group !== undefined) groupOf(op.group).operationIds.push(op.id);
  // Each group's chain of parents, in the order the groups came; a new parent is walked in turn.
  for (const group of groups.values()) {
    const parent = facts.get(group.name)?.parent;
    if (parent === undefined || !facts.has(parent) || closesCycle(group.name, parent, facts)) continue;
    group.parent = parent;
    groupOf(parent);
  }
  return [...groups.values()];
}

function tagFacts(tags: unknown, tags32: boolean): Map<string, TagFacts> {
  const facts = new Map<string, TagFacts>();
  if (!Array.isArray(tags)) return facts;
  for (const tag of tags) {
    // A tag written twice: the later one counts, as it always has.
    if (!isObject(tag) || typeof tag.name !== 'string') continue;
    const entry: TagFacts = {};
    if (typeof tag.description === 'string') entry.description = tag.description;
    // `summary`, `parent` and `kind` are 3.2 fields, ignored before (structure/ warns).
    if (tags32) {
      if (typeof tag.summary === 'string') entry.summary = tag.summary;
      if (typeof tag.parent === 'string') entry.parent = tag.parent;
      if (typeof tag.kind === 'string') entry.kind = tag.kind;
    }
    facts.set(tag.name, entry);
  }
  return facts;
}

/** Whether `name` is among the ancestors of `parent` (or is it). */
function closesCycle(name: string, parent: string, facts: Map<string, TagFacts>): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = parent; at !== undefined && !seen.has(at); at = facts.get(at)?.parent) {
    if (at === name) return true;
    seen.add(at);
  }
  return false;
}
