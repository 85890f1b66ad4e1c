/** Finds the operation a request is for: method plus path template, literal segments first. */
import type { ApiModel, Operation } from '../../generator/ir/model.js';

export interface Route {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  literalLength: number;
}

export function routes(api: ApiModel): Route[] {
  return api.operations
    .map((operation) => {
      const names: string[] = [];
      const source = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { operation, pattern: new RegExp(`^${source}/?$`), names, literalLength: operation.path.replace(/\{[^}]+\}/g, '').length };
    })
    .sort((a, b) => b.literalLength - a.literalLength);
}

export function match(table: Route[], method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
  for (const route of table) {
    if (route.operation.method !== method.toLowerCase()) continue;
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
    return { operation: route.operation, params };
  }
  return undefined;
}
