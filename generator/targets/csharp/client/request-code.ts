/**
 * Statements that fill the runtime's RequestSpec from the request: each parameter with its
 * style and explode, then the body, encoded by its media type.
 */
import type { MediaContent, Operation, ParameterStyle, TypeRef } from '../../../ir/model.js';
import type { CsScope } from '../scope.js';
import { csString } from '../text.js';

const STYLES: Record<ParameterStyle, string> = {
  form: 'Form',
  simple: 'Simple',
  label: 'Label',
  matrix: 'Matrix',
  spaceDelimited: 'SpaceDelimited',
  pipeDelimited: 'PipeDelimited',
  deepObject: 'DeepObject',
};

/** Headers the spec may not set as parameters (OpenAPI: they are ignored). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

export interface ParameterSource {
  /** The IR parameter. */
  parameter: Operation['parameters'][number];
  /** C# expression of its value (`request.Id`). */
  value: string;
}

export function parameterStatements(sources: readonly ParameterSource[], scope: CsScope): string[] {
  const style = (s: ParameterStyle) => `${scope.util('ParamStyle')}.${STYLES[s]}`;
  const lines: string[] = [];
  for (const { parameter: p, value } of sources) {
    const name = csString(p.name);
    const explode = p.explode ? 'true' : 'false';
    const json = p.contentType !== undefined && /json/i.test(p.contentType);
    const text = json ? `(${value} is null ? null : ${scope.util('WireText')}.Json(${value}))` : value;
    switch (p.in) {
      case 'path':
        lines.push(`spec.PathParam(${name}, ${text}, ${style(json ? 'simple' : p.style)}, ${explode});`);
        break;
      case 'query':
        if (json) lines.push(`spec.QueryJson(${name}, ${value});`);
        else lines.push(`spec.QueryParam(${name}, ${value}, ${style(p.style)}, ${explode});`);
        break;
      case 'querystring':
        // The whole query string: form fields, JSON text, or text as written (RequestSpec.QueryString).
        lines.push(`spec.QueryString(${value}, ${json ? 'true' : 'false'});`);
        break;
      case 'header':
        if (!IGNORED_HEADERS.has(p.name.toLowerCase())) lines.push(`spec.HeaderParam(${name}, ${text}, ${explode});`);
        break;
      case 'cookie':
        lines.push(`spec.CookieParam(${name}, ${text}, ${explode});`);
        break;
    }
  }
  return lines;
}

export type BodyKind = 'json' | 'form' | 'multipart' | 'bytes' | 'text';

export function bodyKind(content: MediaContent): BodyKind {
  const media = content.mediaType.toLowerCase();
  if (/[/+]json\b/.test(media) || (media === '*/*' && !isBinary(content.type))) return 'json';
  if (media.startsWith('application/x-www-form-urlencoded')) return 'form';
  if (media.startsWith('multipart/')) return 'multipart';
  if (isBinary(content.type)) return 'bytes';
  if (content.type.kind === 'string' || media.startsWith('text/')) return 'text';
  return 'json';
}

function isBinary(type: TypeRef): boolean {
  return type.kind === 'string' && type.format === 'binary';
}

export function bodyStatement(content: MediaContent, value: string, scope: CsScope): string {
  const bodies = scope.util('RequestBodies');
  const media = csString(content.mediaType);
  switch (bodyKind(content)) {
    case 'json':
      return `spec.Body = ${bodies}.Json(${value}, typeof(${scope.type(content.type, false)}), ${media});`;
    case 'form':
      return `spec.Body = ${bodies}.Form(${value}, ${media}${encodingArg(content, scope)});`;
    case 'multipart':
      return `spec.Body = ${bodies}.Multipart(${value}${encodingArg(content, scope)});`;
    case 'bytes':
      return `spec.Body = ${bodies}.Bytes(${value}, ${media});`;
    case 'text':
      return `spec.Body = ${bodies}.Text(${value}, ${media});`;
  }
}

function encodingArg(content: MediaContent, scope: CsScope): string {
  const entries = Object.entries(content.encoding ?? {});
  if (entries.length === 0) return '';
  const field = scope.util('FieldEncoding');
  const items = entries.map(([name, e]) => {
    const style = e.style ?? 'form';
    // OpenAPI: explode defaults to true for form style only.
    const explode = e.explode ?? style === 'form';
    const args = [`${scope.util('ParamStyle')}.${STYLES[style]}`, explode ? 'true' : 'false', e.contentType ? csString(e.contentType) : 'null'];
    return `[${csString(name)}] = new ${field}(${args.join(', ')})`;
  });
  return `, new Dictionary<string, ${field}> { ${items.join(', ')} }`;
}

/** The Accept header: every media type the operation's responses declare. */
export function acceptValue(operation: Operation): string | undefined {
  const types = [...new Set(operation.responses.flatMap((r) => r.contents.map((c) => c.mediaType)))];
  return types.length > 0 ? types.join(', ') : undefined;
}
