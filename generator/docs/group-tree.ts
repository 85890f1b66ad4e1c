/**
 * Groups as the docs show them: nested by their 3.2 tag `parent`, with the tag `summary` as a
 * group's short title. The SDKs keep groups flat (every group is a property of the client); only
 * the docs show the nesting. Without parents or summaries every page and list reads as before.
 */
import type { ApiModel, Group } from '../ir/model.js';
import { heading, link } from './markdown.js';

export interface GroupNode {
  group: Group;
  /** 0 for a group without a parent. */
  depth: number;
}

/** Every group, each followed by the groups nested in it (in group order), depth first. */
export function groupTree(api: ApiModel): GroupNode[] {
  const names = new Set(api.groups.map((g) => g.name));
  const nodes: GroupNode[] = [];
  const visit = (group: Group, depth: number) => {
    nodes.push({ group, depth });
    for (const child of childGroups(api, group.name)) visit(child, depth + 1);
  };
  for (const group of api.groups) if (group.parent === undefined || !names.has(group.parent)) visit(group, 0);
  return nodes;
}

export function childGroups(api: ApiModel, name: string): Group[] {
  return api.groups.filter((g) => g.parent === name);
}

/** How one flavour names and links groups; `page` is undefined for a group without a page. */
export interface GroupLabels {
  /** The group's name in the code (a property, a class), or its tag name when it has none. */
  label(group: Group): string;
  /** Link target from the page being written. */
  page(group: Group): string | undefined;
}

/**
 * The start of a group page's overview, each paragraph followed by a blank line: the summary,
 * the group it is part of, and the groups nested in it. Empty for a group with none of these.
 */
export function groupOverview(api: ApiModel, groupName: string, labels: GroupLabels): string[] {
  const group = api.groups.find((g) => g.name === groupName);
  if (!group) return [];
  const lines: string[] = [];
  if (group.summary) lines.push(group.summary, '');
  const parent = group.parent === undefined ? undefined : api.groups.find((g) => g.name === group.parent);
  if (parent) lines.push(`Part of ${linked(parent, labels)}.`, '');
  const children = childGroups(api, group.name);
  if (children.length > 0) {
    lines.push(heading(3, 'Groups'), '');
    for (const child of children) lines.push(`* ${linked(child, labels)}${child.summary ? ` - ${child.summary}` : ''}`);
    lines.push('');
  }
  return lines;
}

/** The heading level of a group in a README list: `###` for a top-level one, deeper for nested ones (at most `######`). */
export function groupHeadingLevel(depth: number): number {
  return Math.min(3 + depth, 6);
}

function linked(group: Group, labels: GroupLabels): string {
  const target = labels.page(group);
  return target === undefined ? labels.label(group) : link(labels.label(group), target);
}
