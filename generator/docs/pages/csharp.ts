/**
 * C# model pages. Skeleton: title, blank, [description, blank], one more blank, then the
 * section; no newline at the end of the file except after a union's last code fence.
 */
import type { EnumShape, Model, ObjectShape, UnionShape } from '../../ir/model.js';
import { streamsItems } from '../../surface/csharp/streams.js';
import { fieldsTable, type FieldRow } from '../fields-table.js';
import type { CsharpFlavour } from '../flavour/csharp.js';
import { codeBlock, heading, link, renderTable } from '../markdown.js';
import { pageHead, propertyRows } from '../page-parts.js';
import { csharpHttpMetadata, fragments } from '../templates.js';

export function renderCsharpPage(model: Model, flavour: CsharpFlavour): string {
  const head = pageHead(model, flavour.className(model), flavour.index) + '\n';
  switch (model.shape.kind) {
    case 'object':
      return head + heading(2, fragments().headings.fields) + '\n\n' + fieldsTable(objectRows(model, model.shape, flavour));
    case 'enum':
      return head + heading(2, fragments().headings.values) + '\n\n' + valuesTable(model.shape, flavour);
    case 'union':
      return head + heading(2, fragments().headings.supportedTypes) + '\n\n' + unionMembers(model, model.shape, flavour) + '\n';
  }
}

const HTTP_META_FIELD = 'HttpMeta';

function objectRows(model: Model, shape: ObjectShape, flavour: CsharpFlavour): FieldRow[] {
  let rows = propertyRows(shape.properties, flavour);
  // A stream of items (3.2 itemSchema) is a Stream in the C# code: the page says so too.
  if (streamsItems(flavour.index.api, model)) rows = rows.map((row, i) => (shape.properties[i]?.location === 'body' ? { ...row, type: 'System.IO.Stream' } : row));
  if (model.origin !== 'response' || rows.some((r) => r.name === HTTP_META_FIELD)) return rows;
  // Response wrappers carry the raw HTTP exchange next to the body; the IR leaves that to targets.
  const meta = csharpHttpMetadata();
  const httpMeta: FieldRow = {
    name: HTTP_META_FIELD,
    type: link(meta.name, `../../Models/Components/${meta.name}.md`),
    required: true,
    deprecated: false,
  };
  return [httpMeta, ...rows];
}

function valuesTable(shape: EnumShape, flavour: CsharpFlavour): string {
  const rows = shape.values.map((v) => ['`' + flavour.enumMemberName(v.value) + '`', String(v.value)]);
  return renderTable(['Name', 'Value'], rows);
}

function unionMembers(model: Model, shape: UnionShape, flavour: CsharpFlavour): string {
  const className = flavour.className(model);
  const placeholder = fragments().csharpUnionValues;
  return shape.members
    .filter((member) => member.kind !== 'null')
    .map((member) => {
      const name = flavour.unionMemberName(member);
      return heading(3, name) + '\n\n' + codeBlock('csharp', `${className}.Create${name}(${placeholder});`);
    })
    .join('\n\n');
}

/** The fixed page every response wrapper links to. */
export function renderCsharpHttpMetadataPage(): string {
  const meta = csharpHttpMetadata();
  const rows: FieldRow[] = meta.fields.map((f) => ({
    name: f.field,
    type: f.type,
    required: f.required,
    deprecated: false,
    description: f.description,
  }));
  return heading(1, meta.name) + '\n\n\n' + heading(2, fragments().headings.fields) + '\n\n' + fieldsTable(rows);
}
