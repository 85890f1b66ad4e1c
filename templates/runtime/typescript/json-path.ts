/**
 * The JSONPath subset pagination settings use: `$`, `.name`, `['name']`, `["name"]`, `[n]`,
 * `[-n]` and `[(@.length-n)]` (from the end). Anything else reads as undefined rather than guessing.
 */
export function readPath(value: unknown, path: string): unknown {
  if (!path.startsWith("$")) return undefined;
  const steps = /\.([A-Za-z_$][\w$-]*)|\[\s*(-?\d+|\(@\.length\s*-\s*\d+\))\s*\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]/gy;
  steps.lastIndex = 1;
  let current: unknown = value;
  while (steps.lastIndex < path.length) {
    const m = steps.exec(path);
    if (!m) return undefined;
    const [, name, index, single, double] = m;
    if (index !== undefined) {
      if (!Array.isArray(current)) return undefined;
      const fromEnd = /^\(@\.length\s*-\s*(\d+)\)$/.exec(index);
      const i = fromEnd ? -Number(fromEnd[1]) : Number(index);
      current = current[i < 0 ? current.length + i : i];
    } else {
      if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
      const key = name ?? (single ?? double ?? "").replace(/\\(.)/g, "$1");
      current = Object.prototype.hasOwnProperty.call(current, key) ? (current as Record<string, unknown>)[key] : undefined;
    }
  }
  return current;
}
