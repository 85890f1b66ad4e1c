import type { JsonObject } from './context.js';

/** The `{name}`s of a path template, in order, each once. */
export function templateNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]))];
}

/**
 * An operation's parameters made to fit its path template (validate/rules/path-parameters.ts
 * warns about both): a path parameter whose `{name}` the template lacks is left out, since the
 * URL has no place for it, and a `{name}` no parameter declares becomes a required string one.
 */
export function fitPathParameters(template: string, params: JsonObject[]): JsonObject[] {
  const names = templateNames(template);
  const fitted = params.filter((p) => p.in !== 'path' || names.includes(p.name as string));
  for (const name of names) {
    if (fitted.some((p) => p.in === 'path' && p.name === name)) continue;
    fitted.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
  return fitted;
}
