/**
 * Modules at the paths the reference SDK's users import from, re-exporting our own classes and
 * types, so that `import { SDKValidationError } from "<pkg>/models/errors/sdkvalidationerror.js"`
 * or `import { Result } from "<pkg>/types/fp.js"` keeps compiling after a switch. A model whose
 * module already has one of these paths keeps it: the model wins, the alias is left out.
 */
import type { EmitContext } from './context.js';

export interface ReferencePathModule {
  path: string;
  text: string;
}

export function referencePathModules(ctx: EmitContext, defaultErrorClass: string, defaultErrorFile: string): ReferencePathModule[] {
  const errorModels = new Set(ctx.infos.filter((i) => i.model.namespace === 'errors').map((i) => i.fileName));
  const errors: ReferencePathModule[] = [
    { path: 'sdkvalidationerror', text: 'export { SDKValidationError } from "../../lib/errors.js";' },
    { path: 'httpclienterrors', text: 'export { HTTPClientError, ConnectionError, RequestTimeoutError, RequestAbortedError, InvalidRequestError, UnexpectedClientError } from "../../lib/errors.js";' },
    { path: defaultErrorFile, text: `export { ${defaultErrorClass} } from "../../errors/${defaultErrorFile}.js";` },
  ]
    .filter((m) => !errorModels.has(m.path))
    .map((m) => ({ path: `src/models/errors/${m.path}.ts`, text: m.text }));
  return [
    ...errors,
    { path: 'src/types/fp.ts', text: 'export { type Result, OK, ERR, unwrap, unwrapAsync } from "../lib/result.js";' },
    { path: 'src/types/rfcdate.ts', text: 'export { RFCDate } from "../lib/rfcdate.js";' },
    { path: 'src/lib/sdks.ts', text: 'export type { RequestOptions } from "./config.js";' },
  ];
}
