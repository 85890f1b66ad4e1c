import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../../load/types.js';
import { walkStructure } from '../../resolve/walk.js';
import { at } from '../helpers.js';

/** operationIds name SDK methods; two operations with one id cannot both get a method. */
export function checkDuplicateOperationIds(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const first = new Map<string, object>();
  walkStructure(loaded.document, 'root', (node, kind) => {
    if (kind !== 'operation' || Array.isArray(node) || typeof node.operationId !== 'string') return;
    const id = node.operationId;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, node);
      return;
    }
    const where = loaded.locate(earlier, 'operationId');
    const previously = where ? ` at ${where.file}:${where.line}:${where.column}` : '';
    diagnostics.error('duplicate-operation-id', `operationId '${id}' is already used by another operation${previously}; expected every operationId to be unique`, at(loaded, node, 'operationId'));
  });
}
