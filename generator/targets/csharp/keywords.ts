/**
 * C# words an identifier may not be written as without `@`. The contextual keywords are listed
 * too: escaping them is always legal, and some (`await` in an async method, `value` in a setter,
 * `var` as a type) change meaning where generated code puts parameters and locals.
 */
export const CSHARP_KEYWORDS: ReadonlySet<string> = new Set([
  'abstract', 'as', 'base', 'bool', 'break', 'byte', 'case', 'catch', 'char', 'checked', 'class',
  'const', 'continue', 'decimal', 'default', 'delegate', 'do', 'double', 'else', 'enum', 'event',
  'explicit', 'extern', 'false', 'finally', 'fixed', 'float', 'for', 'foreach', 'goto', 'if',
  'implicit', 'in', 'int', 'interface', 'internal', 'is', 'lock', 'long', 'namespace', 'new', 'null',
  'object', 'operator', 'out', 'override', 'params', 'private', 'protected', 'public', 'readonly',
  'ref', 'return', 'sbyte', 'sealed', 'short', 'sizeof', 'stackalloc', 'static', 'string', 'struct',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'uint', 'ulong', 'unchecked', 'unsafe',
  'ushort', 'using', 'virtual', 'void', 'volatile', 'while',
  // contextual
  'add', 'allows', 'alias', 'and', 'args', 'ascending', 'async', 'await', 'by', 'descending', 'dynamic',
  'equals', 'field', 'file', 'from', 'get', 'global', 'group', 'init', 'into', 'join', 'let',
  'managed', 'nameof', 'nint', 'not', 'notnull', 'nuint', 'on', 'or', 'orderby', 'partial',
  'record', 'remove', 'required', 'scoped', 'select', 'set', 'unmanaged', 'value', 'var', 'when',
  'where', 'with', 'yield',
]);

/**
 * Members every class inherits from `object`: a property of that name would hide a method
 * (warning CS0108), so such properties are renamed.
 */
export const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  'Equals', 'GetHashCode', 'GetType', 'ToString', 'MemberwiseClone', 'ReferenceEquals', 'Finalize',
]);

/** Exception members an error class may hide with `new` (its JSON keeps the documented name). */
export const HIDEABLE_EXCEPTION_MEMBERS: ReadonlySet<string> = new Set([
  'Message', 'Data', 'Source', 'HelpLink', 'StackTrace', 'TargetSite', 'InnerException', 'HResult',
]);

/** Exception methods, and members of the runtime's error base class, which stay unhidden. */
export const RESERVED_EXCEPTION_MEMBERS: ReadonlySet<string> = new Set([
  'GetBaseException', 'GetObjectData', 'StatusCode', 'RawResponse', 'Body', 'SerializeObjectState',
]);
