/**
 * Finds the first syntax error of a JSON text (JSON.parse has already failed on it) and says
 * what was expected there. V8's own messages differ between Node versions and some carry no
 * position at all, so the position and wording come from this scan instead.
 */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
  found: string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Array<'{' | '['> = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length > 0 ? 'commaOrEnd' : 'end');
  const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected, found: describeAt(text, i) });

  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) return expect === 'end' ? undefined : fail(expectation(expect, stack));
    const c = text[i];
    switch (expect) {
      case 'value':
      case 'valueOrEnd': {
        if (expect === 'valueOrEnd' && c === ']') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
        } else if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m || m[0] === '-') return fail('a number');
          i += m[0].length;
          expect = afterValue();
        } else {
          const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!literal) return fail(expectation(expect, stack));
          i += literal.length;
          expect = afterValue();
        }
        break;
      }
      case 'key':
      case 'keyOrEnd': {
        if (expect === 'keyOrEnd' && c === '}') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'colon';
        } else {
          return fail(expectation(expect, stack));
        }
        break;
      }
      case 'colon':
        if (c !== ':') return fail(expectation(expect, stack));
        i++;
        expect = 'value';
        break;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i++;
          expect = top === '{' ? 'key' : 'value';
        } else if (c === (top === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expect = afterValue();
        } else {
          return fail(expectation(expect, stack));
        }
        break;
      }
      case 'end':
        return fail('the end of the input after the top-level value');
    }
  }
}

function expectation(expect: Expect, stack: ReadonlyArray<'{' | '['>): string {
  switch (expect) {
    case 'value':
      return 'a value';
    case 'valueOrEnd':
      return "a value or ']'";
    case 'key':
      return 'a double-quoted property name';
    case 'keyOrEnd':
      return "a double-quoted property name or '}'";
    case 'colon':
      return "':' after the property name";
    case 'commaOrEnd':
      return stack[stack.length - 1] === '{' ? "',' or '}' after a property value" : "',' or ']' after an array element";
    case 'end':
      return 'the end of the input';
  }
}

/** Offset just past the closing quote, or the error inside the string. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, expected: "a closing '\"' (or an escape like \\n)", found: describeAt(text, i) };
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else return { offset: i, expected: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)', found: describeAt(text, i) };
    }
  }
  return { offset: text.length, expected: "a closing '\"'", found: 'the end of the input' };
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the input';
  const c = text[offset];
  if (c === '\n') return 'a line break';
  if (c.charCodeAt(0) < 0x20) return `the control character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  const word = /^[A-Za-z_][\w-]*/.exec(text.slice(offset, offset + 40))?.[0];
  return word ? `'${word}'` : `'${c}'`;
}
