/**
 * The schemas a compiler message points at: a component schema, walked along the property
 * path of the message (`.a.b[key]`). Every step looks through `$ref`, `allOf`, `oneOf`,
 * `anyOf` and array `items` (the compiler's path skips array levels and union members), so a
 * level is the set of every schema node that may describe the value there.
 */
type Node = Record<string, unknown>;

export interface SchemaPath {
  /** levels[0]: the component and what it expands to; levels[i]: after the i-th step. */
  levels: Node[][];
  /** The property schemas as written at the last step (before expanding): where `$ref` siblings live. */
  last: Node[];
  /** Whether every step found a schema. */
  complete: boolean;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.a.b[key]` → ['.a', '.b', '[key]']. */
export function pathSegments(path: string): string[] {
  if (path === '(root)') return [];
  return path.match(/\.[^.[]+|\[key\]/g) ?? [];
}

export function walkSchemaPath(document: Node, key: string, path: string): SchemaPath {
  const schemas = isNode(document.components) && isNode(document.components.schemas) ? document.components.schemas : {};
  const root = schemas[key];
  let last: Node[] = isNode(root) ? [root] : [];
  const levels: Node[][] = [expandAll(document, last)];
  let complete = last.length > 0;
  for (const segment of pathSegments(path)) {
    const next: Node[] = [];
    for (const node of levels[levels.length - 1]) {
      const child = segment === '[key]' ? node.additionalProperties : isNode(node.properties) ? node.properties[segment.slice(1)] : undefined;
      if (isNode(child) && !next.includes(child)) next.push(child);
    }
    if (next.length === 0) {
      complete = false;
      break;
    }
    last = next;
    levels.push(expandAll(document, next));
  }
  return { levels, last, complete };
}

/** A node with everything it stands for: `$ref` targets, composition members, array items. */
export function expandAll(document: Node, nodes: Node[]): Node[] {
  const seen = new Set<Node>();
  const visit = (node: unknown, depth: number) => {
    if (!isNode(node) || seen.has(node) || depth > 16) return;
    seen.add(node);
    if (typeof node.$ref === 'string') visit(resolveRef(document, node.$ref), depth + 1);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      const members = node[key];
      if (Array.isArray(members)) for (const member of members) visit(member, depth + 1);
    }
    visit(node.items, depth + 1);
  };
  for (const node of nodes) visit(node, 0);
  return [...seen];
}

export function resolveRef(document: Node, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isNode(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
  }
  return node;
}

export function declaredTypes(node: Node): string[] {
  return Array.isArray(node.type) ? node.type.filter((t): t is string => typeof t === 'string') : typeof node.type === 'string' ? [node.type] : [];
}

/** `nullable: true` (3.0), `x-nullable` (2.0) or `null` among the types (3.1). */
export function hasNullMarker(node: Node): boolean {
  return node.nullable === true || node['x-nullable'] === true || declaredTypes(node).includes('null');
}

/** A oneOf/anyOf member that only says which properties must be present. */
export function isPresenceRule(member: unknown): boolean {
  return isNode(member) && Array.isArray(member.required) && Object.keys(member).every((k) => ['required', 'title', 'description'].includes(k));
}

/** A oneOf/anyOf whose members are schemas of their own (not presence rules). */
export function hasRealUnion(node: Node): boolean {
  return (['oneOf', 'anyOf'] as const).some((key) => {
    const members = node[key];
    return Array.isArray(members) && members.length > 0 && !members.every(isPresenceRule);
  });
}

export function hasPresenceRuleUnion(node: Node): boolean {
  return (['oneOf', 'anyOf'] as const).some((key) => {
    const members = node[key];
    return Array.isArray(members) && members.length > 0 && members.every(isPresenceRule);
  });
}

/** Every node of the document, for questions about the whole of it. */
export function everyNode(document: Node, visit: (node: Node) => void): void {
  const seen = new Set<unknown>();
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (!Array.isArray(value)) visit(value as Node);
    for (const child of Object.values(value)) walk(child);
  };
  walk(document);
}
