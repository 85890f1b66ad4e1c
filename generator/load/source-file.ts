import type { Document, LineCounter } from 'yaml';
import { JsonPositions } from './json-positions.js';
import type { Segment } from './pointer.js';
import { YamlPositions, parseYamlDocument, type FoundPosition } from './yaml-positions.js';

export type SourceFormat = 'yaml' | 'json';

/** One parsed input file: its value and a way back from JSON pointers to line/column. */
export class SourceFile {
  /** Set while loading when the file holds a `$ref` to another file, so bundling can be skipped otherwise. */
  hasExternalRefs = false;
  private positions: { find(segments: readonly Segment[], mode: 'key' | 'value'): FoundPosition } | undefined;

  constructor(
    /** Path shown in diagnostics (relative the way the user named the entry file, or absolute). */
    readonly path: string,
    readonly absPath: string,
    readonly text: string,
    readonly format: SourceFormat,
    readonly value: unknown,
    yaml?: { doc: Document; lines: LineCounter },
  ) {
    if (yaml) this.positions = new YamlPositions(yaml.doc, yaml.lines);
  }

  positionOf(segments: readonly Segment[], mode: 'key' | 'value'): FoundPosition {
    // Values are read without positions where possible (JSON.parse, or js-yaml for YAML); the
    // positions are worked out the first time one is asked for.
    this.positions ??= this.format === 'json' ? new JsonPositions(this.text) : yamlPositionsOf(this.text);
    return this.positions.find(segments, mode);
  }
}

function yamlPositionsOf(text: string): YamlPositions {
  const { doc, lines } = parseYamlDocument(text);
  return new YamlPositions(doc, lines);
}
