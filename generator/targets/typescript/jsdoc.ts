/** JSDoc blocks for descriptions, written verbatim except for what would end the comment early. */

export interface DocInput {
  description?: string;
  deprecated?: boolean;
}

/** Lines of a JSDoc block (without indentation), or none when there is nothing to say. */
export function jsDoc({ description, deprecated }: DocInput): string[] {
  const text = description === undefined ? [] : descriptionLines(description);
  const tags = deprecated ? ['@deprecated'] : [];
  if (text.length === 0 && tags.length === 0) return [];
  const body = text.length > 0 && tags.length > 0 ? [...text, '', ...tags] : [...text, ...tags];
  if (body.length === 1) return [`/** ${body[0]} */`];
  return ['/**', ...body.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

function descriptionLines(description: string): string[] {
  const lines = description
    // `*/` would close the comment; `*\/` reads the same in every JSDoc renderer.
    .replace(/\*\//g, '*\\/')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines;
}

/** A JSDoc block indented for a member, each line ending with a newline. */
export function indentedJsDoc(input: DocInput, indent: string): string {
  return jsDoc(input)
    .map((line) => `${indent}${line}\n`)
    .join('');
}
