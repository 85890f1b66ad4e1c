import path from 'node:path';
import type { Document } from 'yaml';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { readFastYaml } from './fast-yaml.js';
import { findExcessiveFlowNesting } from './flow-depth.js';
import { MAX_ALIAS_COUNT, MAX_NESTING_DEPTH } from './limits.js';
import { originLocation, type Provenance } from './provenance.js';
import { SourceFile } from './source-file.js';
import { findDuplicateJsonKeys } from './json-duplicate-keys.js';
import { findJsonSyntaxError } from './json-syntax-error.js';
import { formatPointer } from './pointer.js';
import { lineColumnAt } from './text-position.js';
import { yamlLibrary } from './yaml-library.js';
import { parseYamlDocument } from './yaml-positions.js';

export interface ParseRequest {
  absPath: string;
  /** Path used in diagnostics. */
  displayPath: string;
  text: string;
}

/**
 * Parses one YAML or JSON file, reports every problem with file:line:col and registers the
 * origin of each node. Returns undefined when the file cannot be used.
 */
export function parseSource(req: ParseRequest, provenance: Provenance, diagnostics: Diagnostics): SourceFile | undefined {
  const { text, displayPath: file } = req;
  if (text.trim() === '') {
    diagnostics.error('empty-file', 'expected a YAML or JSON document, found an empty file', { file, line: 1, column: 1 });
    return undefined;
  }
  const tooDeepAt = findExcessiveFlowNesting(text, MAX_NESTING_DEPTH);
  if (tooDeepAt !== undefined) {
    diagnostics.error('nesting-too-deep', `expected at most ${MAX_NESTING_DEPTH} nested levels of [ ] / { }, found more; the file was not parsed`, { file, ...lineColumnAt(text, tooDeepAt) });
    return undefined;
  }

  const source = looksLikeJson(req) ? parseJson(req, diagnostics) : parseYaml(req, diagnostics);
  if (!source) return undefined;
  if (source.value === null || source.value === undefined) {
    diagnostics.error('empty-file', 'expected a YAML or JSON document, found only comments or an empty value', {
      file,
      line: 1,
      column: 1,
    });
    return undefined;
  }
  const { tooDeep } = provenance.registerTree(source, source.value, MAX_NESTING_DEPTH);
  if (tooDeep) {
    diagnostics.error('nesting-too-deep', `expected at most ${MAX_NESTING_DEPTH} nested levels of objects and arrays, found more`, originLocation(tooDeep));
    return undefined;
  }
  return source;
}

function looksLikeJson(req: ParseRequest): boolean {
  if (path.extname(req.absPath).toLowerCase() === '.json') return true;
  const first = req.text.match(/\S/)?.[0];
  return first === '{' || first === '[';
}

/** JSON.parse is an order of magnitude faster than a positional parse; positions come lazily. */
function parseJson(req: ParseRequest, diagnostics: Diagnostics): SourceFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(req.text);
  } catch (e) {
    const isJsonFile = path.extname(req.absPath).toLowerCase() === '.json';
    // A .yaml file may start with a flow collection and still be YAML rather than JSON.
    if (!isJsonFile) return parseYaml(req, diagnostics);
    reportJsonError(req, e instanceof Error ? e.message : String(e), diagnostics);
    return undefined;
  }
  const duplicates = findDuplicateJsonKeys(req.text);
  for (const d of duplicates) {
    diagnostics.error('json-duplicate-key', `invalid JSON: the key '${d.key}' appears twice in one object; expected each key once`, {
      file: req.displayPath,
      pointer: formatPointer(d.segments),
      ...lineColumnAt(req.text, d.offset),
    });
  }
  if (duplicates.length > 0) return undefined;
  return new SourceFile(req.displayPath, req.absPath, req.text, 'json', value);
}

function reportJsonError(req: ParseRequest, raw: string, diagnostics: Diagnostics): void {
  const found = findJsonSyntaxError(req.text);
  if (found) {
    diagnostics.error('json-syntax', `invalid JSON: expected ${found.expected}, found ${found.found}`, {
      file: req.displayPath,
      ...lineColumnAt(req.text, found.offset),
    });
    return;
  }
  const at = /at position (\d+)/.exec(raw);
  diagnostics.error('json-syntax', `invalid JSON: ${raw}`, {
    file: req.displayPath,
    ...(at ? lineColumnAt(req.text, Number(at[1])) : {}),
  });
}

function parseYaml(req: ParseRequest, diagnostics: Diagnostics): SourceFile | undefined {
  const fast = readFastYaml(req.text);
  const file = req.displayPath;
  if (fast !== undefined && 'value' in fast) return new SourceFile(req.displayPath, req.absPath, req.text, 'yaml', fast.value);
  if (fast !== undefined) {
    diagnostics.error('nesting-too-deep', `expected at most ${MAX_NESTING_DEPTH} nested levels of objects and arrays, found more`, { file, ...fast.tooDeep });
    return undefined;
  }
  const { doc, lines } = parseYamlDocument(req.text);
  const where = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  let overflowed = false;
  for (const error of doc.errors) {
    // The yaml package parses recursively; past some 800 levels it runs out of stack.
    if (/Maximum call stack size exceeded/.test(error.message)) {
      if (overflowed) continue; // each unwinding level reports it again
      overflowed = true;
      diagnostics.error(
        'nesting-too-deep',
        `the YAML is nested too deeply to be read here: expected at most ${MAX_NESTING_DEPTH} levels, or about 800 in a file with anchors, tags, very long lines or a syntax problem (read by the positional parser)`,
        where(error.pos[0]),
      );
      continue;
    }
    const code = error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    diagnostics.error(code, `invalid YAML: ${firstLine(error.message)}`, where(error.pos[0]));
  }
  for (const warning of doc.warnings) {
    diagnostics.warning('yaml-warning', firstLine(warning.message), where(warning.pos[0]));
  }
  if (doc.errors.length > 0) return undefined;

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/Excessive alias count/.test(message)) {
      diagnostics.error(
        'yaml-alias-limit',
        `expected at most ${MAX_ALIAS_COUNT} expansions of YAML aliases (*name), found more; such files are refused to avoid exhausting memory`,
        where(firstAliasOffset(doc)),
      );
    } else if (e instanceof RangeError) {
      diagnostics.error('nesting-too-deep', `the document is nested too deeply to be read: ${message}`, where(0));
    } else {
      diagnostics.error('yaml-syntax', `invalid YAML: ${message}`, where(0));
    }
    return undefined;
  }
  return new SourceFile(req.displayPath, req.absPath, req.text, 'yaml', value, { doc, lines });
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function firstAliasOffset(doc: Document): number {
  const { isAlias, visit } = yamlLibrary();
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}
