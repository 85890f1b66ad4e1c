/**
 * What the TypeScript client cannot do that the IR describes, as warnings (pipeline.ts reports
 * them): fetch refuses a body on GET and HEAD, so an operation that declares one sends its
 * request without the body, and says so to the client's logger
 * (templates/runtime/typescript/request.ts).
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ApiModel } from '../../ir/model.js';

/** Methods whose requests fetch sends without a body (the Fetch standard throws otherwise). */
export const BODYLESS_METHODS = ['GET', 'HEAD'];

export function typescriptLimitations(api: ApiModel): Diagnostic[] {
  return api.operations
    .filter((op) => op.requestBody && BODYLESS_METHODS.includes(op.requestMethod.toUpperCase()))
    .map((op) => ({
      ...(op.source ?? {}),
      code: 'body-not-sendable',
      severity: 'warning' as const,
      message:
        `${op.requestMethod} ${op.path} declares a request body, which fetch cannot send with ${op.requestMethod.toUpperCase()}; the TypeScript SDK sends the request without it ` +
        `(and warns through the client's logger when one is given). To fix: move the body to a POST (or 3.2 QUERY) operation, or remove requestBody with an overlay`,
    }));
}
