/**
 * Assigns `target[key]` as an own data property. Plain assignment of `__proto__` (a legal key in
 * YAML and JSON input) would change the object's prototype instead of adding a member.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
