import { childKind, type Kind } from './kinds.js';

export type Container = Record<string, unknown> | unknown[];

/** Return `false` to skip the members of `node`. */
export type StructureVisitor = (node: Container, kind: Kind, parent: Container | undefined, key: string | number | undefined) => boolean | void;

/**
 * Visits every object and array of an OpenAPI document that is structure rather than data
 * (see kinds.ts), parents before children, in document order. Iterative, and each object is
 * visited once even when YAML anchors share it between places.
 */
export function walkStructure(root: unknown, rootKind: Kind, visit: StructureVisitor): void {
  if (root === null || typeof root !== 'object') return;
  const seen = new WeakSet<object>();
  const stack: Array<{ node: Container; kind: Kind; parent: Container | undefined; key: string | number | undefined }> = [
    { node: root as Container, kind: rootKind, parent: undefined, key: undefined },
  ];
  while (stack.length > 0) {
    const { node, kind, parent, key } = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (visit(node, kind, parent, key) === false) continue;
    const isArray = Array.isArray(node);
    const keys: Array<string | number> = isArray ? node.map((_, i) => i) : Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      const child = (node as Record<string, unknown>)[k as string];
      if (child === null || typeof child !== 'object') continue;
      const ck = childKind(kind, k, isArray);
      if (ck !== null) stack.push({ node: child as Container, kind: ck, parent: node, key: k });
    }
  }
}
