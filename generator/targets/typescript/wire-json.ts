/** Reading the loaded document on the wire side: every `$ref` in it is local. */

type JsonObject = Record<string, unknown>;

/** Follows local `$ref`s (bounded, so alias cycles end). */
export function deref(node: unknown, document: JsonObject): unknown {
  let current = node;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return undefined;
    current = ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((n, k) => (Array.isArray(n) ? n[Number(k)] : isObject(n) && Object.prototype.hasOwnProperty.call(n, k) ? n[k] : undefined), document);
  }
  return current;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
