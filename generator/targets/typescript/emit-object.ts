/**
 * Object models: the camelCase type, its wire type, and the two mappers.
 *
 * Unknown keys survive a round trip (forward compatibility): without additionalProperties they
 * are copied as they are, wire names and all; with additionalProperties they are the extras and
 * live in the `additionalProperties` field, values converted. Known keys are written after the
 * copied ones, so they win. A value that is not an object at all is passed on as it is (see
 * convert.ts): mappers never throw on what they cannot map.
 */
import type { ObjectShape, Property } from '../../ir/model.js';
import { objectShape, type ModelInfo } from './context.js';
import { conversionKind, convertExpr, targetType } from './convert.js';
import { indentedJsDoc } from './jsdoc.js';
import type { ModuleScope } from './scope.js';
import { access, dictionaryOf, literalKey, propertyKey } from '../../surface/typescript/spelling.js';
import { typeText } from './type-text.js';
import { functionStatement, wireTypeStatement, type Statement } from './statements.js';

export function objectStatements(info: ModelInfo, scope: ModuleScope): Statement[] {
  const shape = objectShape(info);
  const statements: Statement[] = [modelTypeDeclaration(info, shape, scope)];
  if (!info.hasWire) return statements;
  statements.push(wireTypeStatement(info, structuralWireType(info, shape, scope)));
  statements.push(keySets(info, shape));
  statements.push(fromWire(info, shape, scope), toWire(info, shape, scope));
  return statements;
}

function modelTypeDeclaration(info: ModelInfo, shape: ObjectShape, scope: ModuleScope): string {
  const members = shape.properties.map((p, i) => {
    const doc = indentedJsDoc({ description: p.description, deprecated: p.deprecated }, '  ');
    const optional = p.required ? '' : '?';
    const type = memberType(info, p, scope) + (p.required || p.type.kind === 'any' ? '' : ' | undefined');
    return `${doc}  ${propertyKey(info.propertyNames[i])}${optional}: ${type};\n`;
  });
  if (shape.additionalProperties && info.extrasName) {
    const values = typeText(shape.additionalProperties, 'model', scope);
    members.push(`  ${info.extrasName}?: ${dictionaryOf(values)} | undefined;\n`);
  }
  const doc = indentedJsDoc(info.model, '');
  const body = members.length === 0 ? '{}' : `{\n${members.join('')}}`;
  return `${doc}export type ${info.typeName} = ${body};`;
}

/**
 * A property's type in the model. A file part's `content` takes what the reference's does, and a
 * field holding a file part also takes a bare Blob (`FileT | Blob`); the request encoder sends
 * both as a file (templates/runtime/typescript/body.ts).
 */
function memberType(info: ModelInfo, p: Property, scope: ModuleScope): string {
  if (info.model.filePart && p.type.kind === 'string' && p.type.format === 'binary') return FILE_PART_CONTENT;
  const text = typeText(p.type, 'model', scope);
  return holdsFilePart(p, scope) ? `${text} | Blob` : text;
}

function holdsFilePart(p: Property, scope: ModuleScope): boolean {
  return p.type.kind === 'model' && scope.info(p.type.id).model.filePart === true;
}

export const FILE_PART_CONTENT = 'ReadableStream<Uint8Array> | Blob | ArrayBuffer | Uint8Array';

function structuralWireType(info: ModelInfo, shape: ObjectShape, scope: ModuleScope): string {
  const members = shape.properties.map((p) => `  ${propertyKey(p.wireName)}${p.required ? '' : '?'}: ${typeText(p.type, 'wire', scope)}${holdsFilePart(p, scope) ? ' | Blob' : ''};\n`);
  if (shape.additionalProperties) {
    const values = shape.properties.length === 0 ? typeText(shape.additionalProperties, 'wire', scope) : 'unknown';
    members.push(`  [key: string]: ${values};\n`);
  }
  return members.length === 0 ? 'Record<string, unknown>' : `{\n${members.join('')}}`;
}

/** Known keys of both sides, to tell the unknown ones apart at run time. */
function keySets(info: ModelInfo, shape: ObjectShape): string {
  const set = (keys: string[]) => `new Set<string>([${keys.map((k) => JSON.stringify(k)).join(', ')}])`;
  const lines = [`const wireKeys: ReadonlySet<string> = ${set(shape.properties.map((p) => p.wireName))};`];
  if (!shape.additionalProperties) lines.push(`const modelKeys: ReadonlySet<string> = ${set(info.propertyNames)};`);
  return lines.join('\n');
}

function fromWire(info: ModelInfo, shape: ObjectShape, scope: ModuleScope): Statement {
  const entries: string[] = [];
  const extras = `${scope.helper('extraKeys')}(w, wireKeys)`;
  if (shape.additionalProperties && info.extrasName) {
    entries.push(`${info.extrasName}: ${extrasIn(shape.additionalProperties, extras, scope)}`);
  } else entries.push(`...${extras}`);
  const wireType = scope.wireType(info.model.id);
  shape.properties.forEach((p, i) => {
    // `w.__proto__` would read the prototype when the key is absent.
    const read = p.wireName === '__proto__' ? `(${scope.helper('own')}(w, "__proto__") as ${wireType}["__proto__"])` : access('w', p.wireName);
    entries.push(`${literalKey(info.propertyNames[i])}: ${convertExpr(p.type, read, 'in', scope, !p.required)}`);
  });
  const body = objectReturn(info.typeName, entries, shape, scope);
  return functionStatement(`${info.typeName}$fromWire`, 'w', wireType, info.typeName, `${passThrough('w', info.typeName, scope)}\n${body}`);
}

function toWire(info: ModelInfo, shape: ObjectShape, scope: ModuleScope): Statement {
  const entries: string[] = [];
  const wireType = scope.wireType(info.model.id);
  if (shape.additionalProperties && info.extrasName) {
    entries.push(`...${extrasOut(shape.additionalProperties, access('m', info.extrasName), scope)}`);
  } else entries.push(`...${scope.helper('extraKeys')}(m, modelKeys)`);
  shape.properties.forEach((p, i) => {
    const value = convertExpr(p.type, access('m', info.propertyNames[i]), 'out', scope, !p.required);
    const fallback = p.required ? undefined : wireDefault(p, scope);
    // The spec's default goes out when the caller leaves the field out, as the reference SDK sends it.
    entries.push(`${literalKey(p.wireName)}: ${fallback === undefined ? value : `${access('m', info.propertyNames[i])} === undefined ? ${fallback} : ${value}`}`);
  });
  // Named properties next to an index signature: check the named ones, cast for the whole.
  const mixed = shape.additionalProperties !== undefined && shape.properties.length > 0;
  const checked = mixed ? `${scope.helperType('KnownKeys')}<${wireType}>` : wireType;
  const body = objectReturn(checked, entries, shape, scope);
  return functionStatement(`${info.typeName}$toWire`, 'm', info.typeName, wireType, `${passThrough('m', wireType, scope)}\n${mixed ? castReturn(body, wireType) : body}`);
}

/**
 * The property's `default` as a wire literal, when it is a scalar of the property's own type (a
 * string, number or boolean, or a value of its enum); otherwise none, so no default can make the
 * mapper ill-typed.
 */
export function wireDefault(p: Pick<Property, 'default' | 'type'>, scope: ModuleScope): string | undefined {
  const value = p.default?.value;
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  const t = p.type;
  switch (t.kind) {
    case 'string':
      return typeof value === 'string' && t.format !== 'binary' ? JSON.stringify(value) : undefined;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? JSON.stringify(value) : undefined;
    case 'number':
      return typeof value === 'number' ? JSON.stringify(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? JSON.stringify(value) : undefined;
    case 'literal':
      return value === t.value ? JSON.stringify(value) : undefined;
    case 'model': {
      const shape = scope.info(t.id).model.shape;
      return shape.kind === 'enum' && shape.values.some((v) => v.value === value) ? JSON.stringify(value) : undefined;
    }
    default:
      return undefined;
  }
}

/** A value that is not an object (null where an object was declared, a string) is returned as it is. */
function passThrough(value: string, type: string, scope: ModuleScope): string {
  return `if (!${scope.helper('isRecord')}(${value})) return ${value} as unknown as ${type};`;
}

function castReturn(body: string, type: string): string {
  return `${body.replace(/^return /, 'const known = ')}\nreturn known as ${type};`;
}

/** Extra wire keys → the model's extras field. */
function extrasIn(values: Property['type'], extras: string, scope: ModuleScope): string {
  const kind = conversionKind(values, 'in', scope);
  const wireValues = `${extras} as ${dictionaryOf(typeText(values, 'wire', scope))}`;
  if (kind === 'none') return values.kind === 'any' ? extras : `${extras} as ${dictionaryOf(typeText(values, 'model', scope))}`;
  return `${scope.helper('mapRecord')}(${wireValues}, (x) => ${convertExpr(values, 'x', 'in', scope)})`;
}

/** The model's extras field → spread into the wire object. */
function extrasOut(values: Property['type'], field: string, scope: ModuleScope): string {
  const kind = conversionKind(values, 'out', scope);
  if (kind === 'none') return field;
  if (kind === 'cast') return `(${field} as ${dictionaryOf(targetType(values, 'out', scope))} | undefined)`;
  return `${scope.helper('mapRecord')}(${field} ?? {}, (x) => ${convertExpr(values, 'x', 'out', scope)})`;
}

/** Optional properties are read as `undefined`; `compact` drops them so absent stays absent. */
function objectReturn(type: string, entries: string[], shape: ObjectShape, scope: ModuleScope): string {
  const literal = `{\n${entries.map((e) => `  ${e},\n`).join('')}}`;
  const hasOptional = shape.properties.some((p) => !p.required);
  return hasOptional ? `return ${scope.helper('compact')}<${type}>(${literal});` : `return ${literal};`;
}
