/**
 * The `## Fields` table, shared by both flavours: the flavour supplies names and type cells,
 * this file owns the column set, the required marks, the deprecation prefix and the Example
 * column (present only when some row has an example).
 */
import type { Literal } from '../ir/model.js';
import { exampleCell } from './example-cell.js';
import { renderTable } from './markdown.js';
import { fragments } from './templates.js';

export interface FieldRow {
  /** Identifier as the target spells it. */
  name: string;
  type: string;
  required: boolean;
  deprecated: boolean;
  description?: string;
  example?: Literal;
}

const REQUIRED = ':heavy_check_mark:';
const OPTIONAL = ':heavy_minus_sign:';

export function fieldsTable(rows: FieldRow[]): string {
  const withExample = rows.some((row) => row.example !== undefined);
  const header = ['Field', 'Type', 'Required', 'Description', ...(withExample ? ['Example'] : [])];
  const cells = rows.map((row) => [
    row.deprecated ? '~~`' + row.name + '`~~' : '`' + row.name + '`',
    row.type,
    row.required ? REQUIRED : OPTIONAL,
    descriptionCell(row),
    ...(withExample ? [row.example === undefined ? '' : exampleCell(row.example)] : []),
  ]);
  return renderTable(header, cells);
}

function descriptionCell(row: FieldRow): string {
  const text = fragments();
  if (!row.deprecated) return row.description ? row.description : text.notAvailable;
  return row.description ? text.deprecatedField + '\n\n' + row.description : text.deprecatedField;
}
