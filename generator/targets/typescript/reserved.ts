/**
 * Names a generated TypeScript type must not take.
 *
 * A model type may legally shadow a global inside its own module, but the generated code (and
 * the code that imports the model) needs the real global: mappers call `new Date()`,
 * `Array.isArray`, `Object.keys`; the HTTP client will use `Response`, `Headers`, `URL`,
 * `Blob`. A shadowed global is also a trap for users reading the types, so every name below
 * gets a `T` suffix, as the reference generator does for `Object`, `Error` and `File`.
 */

/** ECMAScript globals (values and their types). */
const ECMASCRIPT_GLOBALS = [
  'AggregateError', 'Array', 'ArrayBuffer', 'AsyncFunction', 'AsyncGenerator', 'AsyncGeneratorFunction',
  'AsyncIterator', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date',
  'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Generator',
  'GeneratorFunction', 'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'Iterator', 'JSON',
  'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect',
  'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError',
  'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet',
];

/** Types every TypeScript program sees from lib.es*.d.ts, utility types included. */
const TYPESCRIPT_LIB_TYPES = [
  'ArrayLike', 'AsyncIterable', 'AsyncIterableIterator', 'Awaited', 'Capitalize', 'ConstructorParameters',
  'Exclude', 'Extract', 'InstanceType', 'Iterable', 'IterableIterator', 'Lowercase', 'NoInfer',
  'NonNullable', 'Omit', 'OmitThisParameter', 'Parameters', 'Partial', 'Pick', 'PromiseLike',
  'PropertyDescriptor', 'PropertyKey', 'Readonly', 'ReadonlyArray', 'ReadonlyMap', 'ReadonlySet', 'Record',
  'Required', 'ReturnType', 'TemplateStringsArray', 'ThisParameterType', 'ThisType', 'Uncapitalize',
  'Uppercase',
];

/** Web / Node globals an SDK touches (fetch, streams, files, abort, encoding). */
const RUNTIME_GLOBALS = [
  'AbortController', 'AbortSignal', 'Blob', 'Buffer', 'Crypto', 'CryptoKey', 'Event', 'EventTarget', 'File',
  'FormData', 'Headers', 'ReadableStream', 'Request', 'RequestInit', 'Response', 'ResponseInit',
  'TextDecoder', 'TextEncoder', 'TransformStream', 'URL', 'URLSearchParams', 'WritableStream',
];

/** Types the generated package itself exports from src/types (see runtime-files.ts). */
const PACKAGE_TYPES = ['ClosedEnum', 'OpenEnum', 'Unrecognized'];

export const CLASHING_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...ECMASCRIPT_GLOBALS,
  ...TYPESCRIPT_LIB_TYPES,
  ...RUNTIME_GLOBALS,
  ...PACKAGE_TYPES,
]);

/**
 * Reserved words and predefined type names. Model names are PascalCase, so these only matter
 * for odd input, but a type named `string` or `any` would silently change meaning.
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'any', 'as', 'async', 'await', 'bigint', 'boolean', 'break', 'case', 'catch', 'class', 'const',
  'constructor', 'continue', 'debugger', 'declare', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'from', 'function', 'get', 'if', 'implements', 'import', 'in',
  'infer', 'instanceof', 'interface', 'is', 'keyof', 'let', 'module', 'namespace', 'never', 'new', 'null',
  'number', 'object', 'of', 'package', 'private', 'protected', 'public', 'readonly', 'require', 'return',
  'set', 'static', 'string', 'super', 'switch', 'symbol', 'this', 'throw', 'true', 'try', 'type', 'typeof',
  'undefined', 'unique', 'unknown', 'var', 'void', 'while', 'with', 'yield',
]);
