/**
 * Error classes: one per model that an error response declares as its JSON body (thrown with a
 * typed `data`, plus status, headers, body and the raw Response from HTTPError), and the SDK's
 * default API error for statuses the spec does not declare.
 *
 * They live in src/errors/ and are re-exported by the `errors` namespace of the models, where a
 * class takes the name users catch (`errors.ClerkErrors`) and its data type is also exported
 * as `ClerkErrorsData`, as the reference SDK names them.
 */
import type { ApiModel, ObjectShape } from '../../../ir/model.js';
import type { EmitContext } from '../context.js';
import { fileNameOf } from '../../../surface/typescript/names.js';
import type { ModuleStatements } from '../module-text.js';
import { convertExpr } from '../convert.js';
import { jsDoc } from '../jsdoc.js';
import { responseKind } from './response-parts.js';
import { ClientScope } from './scope.js';
import { NameScope } from '../../../surface/common/deconflict.js';

export interface ErrorClass {
  className: string;
  fileName: string;
  modelId?: string;
}

export interface ErrorClasses {
  byModel: Map<string, ErrorClass>;
  defaultClass: ErrorClass;
  /** Declared and default classes, in spec order then the default. */
  all: ErrorClass[];
}

/** Classes exported by src/lib/errors.ts and src/lib/oauth2.ts, re-exported next to the generated ones. */
export const RUNTIME_ERRORS = [
  'SDKError',
  'HTTPError',
  'HTTPClientError',
  'ConnectionError',
  'RequestTimeoutError',
  'RequestAbortedError',
  'InvalidRequestError',
  'UnexpectedClientError',
  'SDKValidationError',
  'RequestValidationError',
  'ResponseValidationError',
];

/** Members an error class has already (Error, SDKError, HTTPError, the class itself): no body field may take their names. */
const ERROR_MEMBERS = new Set([
  'name',
  'message',
  'stack',
  'cause',
  'statusCode',
  'headers',
  'body',
  'contentType',
  'rawResponse',
  'rawRequest',
  'data',
  'data$',
  'constructor',
  'toString',
  'toJSON',
  '__proto__',
  'prototype',
]);

export function errorClasses(ctx: EmitContext, api: ApiModel, defaultName: string): ErrorClasses {
  // Case-insensitive: each class is a file.
  const classes = new NameScope({ ignoreCase: true }, [...RUNTIME_ERRORS, 'OAuth2TokenError']);
  const unique = (name: string) => classes.claim(name);
  const defaultClassName = unique(defaultName);
  const byModel = new Map<string, ErrorClass>();
  for (const op of api.operations) {
    for (const r of op.responses) {
      if (!r.isError) continue;
      for (const c of r.contents) {
        if (c.type.kind !== 'model' || byModel.has(c.type.id) || !ctx.has(c.type.id) || responseKind(c) !== 'json') continue;
        const className = unique(ctx.info(c.type.id).typeName);
        byModel.set(c.type.id, { className, fileName: fileNameOf(className), modelId: c.type.id });
      }
    }
  }
  const defaultClass = { className: defaultClassName, fileName: fileNameOf(defaultClassName) };
  return { byModel, defaultClass, all: [...byModel.values(), defaultClass] };
}

export function errorClassModule(ctx: EmitContext, e: ErrorClass): ModuleStatements {
  const scope = new ClientScope(ctx, 'errors', [e.className]);
  const base = scope.lib('errors', 'HTTPError');
  if (!e.modelId) {
    const doc = '/** An error response the API description does not declare (any status without its own error class). */';
    return { imports: scope.imports(), body: [`${doc}\nexport class ${e.className} extends ${base} {\n  override name = ${JSON.stringify(e.className)};\n}`] };
  }
  const info = scope.lib('errors', 'HTTPErrorInfo', true);
  const message = scope.lib('errors', 'httpErrorMessage');
  const model = ctx.info(e.modelId);
  const ref = { kind: 'model' as const, id: e.modelId };
  const dataType = scope.type(e.modelId);
  const wireType = scope.wireType(e.modelId);
  // The mapper when the model has one (enums and the like cross the wire unchanged).
  const mapped = convertExpr(ref, 'wire', 'in', scope, false, true);
  // An error schema with a string `message` field says best what went wrong.
  const messageField = model.model.shape.kind === 'object' ? stringField(model.model.shape, model.propertyNames, 'message') : undefined;
  // `?.`: with validation off the body may be anything, an empty one included.
  const text = messageField ? `this.data?.${messageField} || ${message}(info)` : `${message}(info)`;
  const doc = jsDoc({ description: model.model.description ?? `The error response \`${model.typeName}\`.` }).join('\n');
  const constructor = [`  constructor(wire: ${wireType}, info: ${info}) {`, `    super(${message}(info), info);`, `    this.data = ${mapped};`];
  if (messageField) constructor.push(`    this.message = ${text};`);
  const body = [
    doc,
    `export class ${e.className} extends ${base} {`,
    `  override name = ${JSON.stringify(e.className)};`,
    `  /** The error body, mapped like any response model. */`,
    `  readonly data: ${dataType};`,
    '',
    ...constructor,
    '  }',
    ...bodyFieldGetters(model.model.shape.kind === 'object' ? model.propertyNames : [], dataType),
    '}',
  ].join('\n');
  return { imports: scope.imports(), body: [body] };
}

/**
 * The body's fields on the error itself (`err.errors`, `err.clerkTraceId`) and the body as
 * `data$`, as the reference SDK's error classes have them, next to our `data`.
 */
function bodyFieldGetters(propertyNames: readonly string[], dataType: string): string[] {
  const lines = ['', "  /** The error body (the reference SDK's name for `data`). */", `  get data$(): ${dataType} {`, '    return this.data;', '  }'];
  for (const name of propertyNames) {
    if (ERROR_MEMBERS.has(name) || !/^[A-Za-z_$][\w$]*$/.test(name)) continue;
    // `?.`: with validation off the body may be anything, an empty one included.
    lines.push('', `  get ${name}(): ${dataType}[${JSON.stringify(name)}] {`, `    return this.data?.${name};`, '  }');
  }
  return lines;
}

function stringField(shape: ObjectShape, names: string[], wireName: string): string | undefined {
  const i = shape.properties.findIndex((p) => p.wireName === wireName && p.type.kind === 'string');
  return i === -1 ? undefined : names[i];
}

/** src/errors/index.ts: the generated classes and the runtime's. */
export function errorsIndex(errors: ErrorClasses): string[] {
  const lines = errors.all.map((e) => `export { ${e.className} } from "./${e.fileName}.js";`);
  lines.push(`export { ${RUNTIME_ERRORS.join(', ')}, type HTTPErrorInfo, type TransportError, type ValidationIssue } from "../lib/errors.js";`);
  lines.push('export { OAuth2TokenError } from "../lib/oauth2.js";');
  return [lines.join('\n')];
}

/**
 * src/models/errors/index.ts: the error models, and the error classes under the names users
 * catch. An explicit export wins over `export *`, so a class takes the place of the model type
 * of the same name, which stays available as `<Name>Data`.
 */
export function modelsErrorsIndex(ctx: EmitContext, errors: ErrorClasses, fileNames: string[]): string[] {
  const lines = fileNames.map((f) => `export * from "./${f}.js";`);
  lines.push('export * from "../../errors/index.js";');
  for (const e of errors.all) {
    lines.push(`export { ${e.className} } from "../../errors/${e.fileName}.js";`);
    const model = e.modelId ? ctx.info(e.modelId) : undefined;
    if (model && model.model.namespace === 'errors') lines.push(`export type { ${model.typeName} as ${e.className}Data } from "./${model.fileName}.js";`);
  }
  return [lines.join('\n')];
}
