/**
 * Union models (oneOf / anyOf): the union type, its wire type, and mappers that find the member
 * a value belongs to and convert it with that member's mapper.
 *
 * With a discriminator the mappers switch on it. Members the mapping does not cover (and
 * unions without a discriminator) are found with the checks of predicates.ts, most specific
 * first. A value no member claims is passed on unchanged rather than rejected, so a variant
 * added to the API later does not break older clients.
 */
import type { TypeRef, UnionShape } from '../../ir/model.js';
import type { ModelInfo } from './context.js';
import { conversionKind, convertExpr, sourceType, type Direction } from './convert.js';
import { indentedJsDoc } from './jsdoc.js';
import { memberRank, predicateTerms } from './predicates.js';
import type { ModuleScope } from './scope.js';
import { functionStatement, wireTypeStatement, type Statement } from './statements.js';
import { isNullable, typeText } from './type-text.js';

export function unionStatements(info: ModelInfo, scope: ModuleScope): Statement[] {
  const shape = info.model.shape as UnionShape;
  const modelType = unique(shape.members.map((m) => typeText(m, 'model', scope))).join(' | ');
  const statements: Statement[] = [`${indentedJsDoc(info.model, '')}export type ${info.typeName} = ${modelType};`];
  if (!info.hasWire) return statements;
  statements.push(wireTypeStatement(info, unique(shape.members.map((m) => typeText(m, 'wire', scope))).join(' | ')));
  const wireType = scope.wireType(info.model.id);
  statements.push(
    functionStatement(`${info.typeName}$fromWire`, 'w', wireType, info.typeName, mapperBody(info, shape, 'in', 'w', scope)),
    functionStatement(`${info.typeName}$toWire`, 'm', info.typeName, wireType, mapperBody(info, shape, 'out', 'm', scope)),
  );
  return statements;
}

function mapperBody(info: ModelInfo, shape: UnionShape, dir: Direction, value: string, scope: ModuleScope): string {
  if (shape.members.every((m) => conversionKind(m, dir, scope) === 'none')) return `return ${value};`;
  const lines: string[] = [];
  const { cases, covered } = discriminatorCases(shape, dir, value, scope);
  lines.push(...cases);
  const rest = shape.members
    .map((member, index) => ({ member, index }))
    .filter(({ member }) => member.kind !== 'model' || !covered.has(member.id))
    .sort((a, b) => memberRank(a.member, scope) - memberRank(b.member, scope) || a.index - b.index);
  if (rest.length > 0) lines.push(`const v: unknown = ${value};`);
  const strict = rest.map(({ member }) => predicateTerms(member, 'v', { dir, strict: true }, scope));
  const loose = rest.map(({ member }) => predicateTerms(member, 'v', { dir, strict: false }, scope));
  const same = (a: string[] | undefined, b: string[] | undefined) => a?.join() === b?.join();
  // Loose checks only for members whose strict check was narrower; the first unconditional match ends the chain.
  const chain = [...rest.map((r, i) => ({ ...r, check: strict[i] })), ...rest.map((r, i) => ({ ...r, check: loose[i] })).filter((_, i) => !same(loose[i], strict[i]))];
  let exhaustive = false;
  for (const { member, check } of chain) {
    const result = `return ${convertMember(member, value, dir, scope)};`;
    if (check === undefined) {
      lines.push(result);
      exhaustive = true;
      break;
    }
    lines.push(ifReturn(check, result));
  }
  if (!exhaustive) {
    const target = dir === 'in' ? info.typeName : scope.wireType(info.model.id);
    lines.push(`return ${value} as unknown as ${target};`);
  }
  return lines.join('\n');
}

/** `switch` over the discriminator; empty when the two sides disagree on its key. */
function discriminatorCases(shape: UnionShape, dir: Direction, value: string, scope: ModuleScope): { cases: string[]; covered: Set<string> } {
  const discriminator = shape.discriminator;
  const members = new Set(shape.members.flatMap((m) => (m.kind === 'model' ? [m.id] : [])));
  const mapping = discriminator?.mapping.filter((m) => members.has(m.modelId)) ?? [];
  const key =
    discriminator &&
    discriminatorKey(
      discriminator.propertyName,
      mapping.map((m) => m.modelId),
      dir,
      scope,
    );
  if (!discriminator || mapping.length === 0 || key === undefined) return { cases: [], covered: new Set() };
  const valuesByModel = new Map<string, string[]>();
  for (const { value: v, modelId } of mapping) (valuesByModel.get(modelId) ?? valuesByModel.set(modelId, []).get(modelId)!).push(v);
  const body: string[] = [];
  for (const [modelId, values] of valuesByModel) {
    for (const v of values) body.push(`  case ${JSON.stringify(v)}:`);
    body.push(`    return ${convertMember({ kind: 'model', id: modelId }, value, dir, scope)};`);
  }
  const cases = [`switch (${scope.helper('field')}(${value}, ${JSON.stringify(key)})) {`, ...body, '}'];
  return { cases, covered: new Set(valuesByModel.keys()) };
}

/** The discriminator's key on this side: the wire name going in, the members' property name going out. */
function discriminatorKey(wireName: string, modelIds: string[], dir: Direction, scope: ModuleScope): string | undefined {
  if (dir === 'in') return wireName;
  const keys = new Set(
    modelIds.map((id) => {
      const info = scope.info(id);
      if (info.model.shape.kind !== 'object') return undefined;
      const index = info.model.shape.properties.findIndex((p) => p.wireName === wireName);
      return index < 0 ? undefined : info.propertyNames[index];
    }),
  );
  const [only] = keys;
  return keys.size === 1 ? only : undefined;
}

function convertMember(member: TypeRef, value: string, dir: Direction, scope: ModuleScope): string {
  const kind = conversionKind(member, dir, scope);
  if (kind === 'none') return `${value} as ${sourceType(member, dir, scope)}`;
  // A cast expression does not narrow, so null is handled on the plain value first.
  const nullable = kind === 'code' && isNullable(member, scope);
  const cast = `(${value} as ${sourceType({ ...member, nullable: false }, dir, scope).replace(/ \| null$/, '')})`;
  const converted = convertExpr(member, cast, dir, scope, false, nullable);
  return nullable ? `${value} === null ? null : ${converted}` : converted;
}

/** `if (a && b) return x;`, one condition per line when that would be long. */
function ifReturn(terms: string[], result: string): string {
  const line = `if (${terms.join(' && ')}) ${result}`;
  if (line.length <= 120) return line;
  return `if (\n${terms.map((t, i) => `  ${t}${i < terms.length - 1 ? ' &&' : ''}`).join('\n')}\n) {\n  ${result}\n}`;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
