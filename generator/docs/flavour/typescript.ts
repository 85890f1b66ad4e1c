/**
 * TypeScript docs vocabulary: `models/<folder>/<lowercase name>.md` paths, `*number*`-style
 * scalars, `T[]` and `Record<string, T>`, and namespace-qualified names (`components.User`)
 * everywhere. Unions are named but not linked, as in the reference.
 */
import type { Model, TypeRef } from '../../ir/model.js';
import { docFileBase } from '../../write/file-name.js';
import { italic, link } from '../markdown.js';
import type { ModelIndex } from '../model-index.js';
import type { Flavour } from './flavour.js';
import { typescriptNames, type TypescriptNames } from '../../surface/typescript/index.js';
import { tsPropertyNames } from '../../surface/typescript/names.js';
import { arrayOf, tupleOf } from '../../surface/typescript/spelling.js';

const DATE_LINK = link('Date', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date');
/** A field holding a file part takes a File or Blob too, as the reference writes it. */
const FILE_LINKS = `${link('File', 'https://developer.mozilla.org/en-US/docs/Web/API/File')} | ${link('Blob', 'https://developer.mozilla.org/en-US/docs/Web/API/Blob')}`;
/** The type of a file part's `content`. */
export const FILE_CONTENT_CELL = italic('ReadableStream<Uint8Array> | Blob | ArrayBuffer | Uint8Array');

export class TypescriptFlavour implements Flavour {
  readonly id = 'typescript' as const;
  /** The names the TS target writes, so a name in the docs is the name in the code. */
  private readonly typeNames: ReadonlyMap<string, string>;

  constructor(
    readonly index: ModelIndex,
    readonly names: TypescriptNames = typescriptNames(index.api),
  ) {
    this.typeNames = names.typeNames;
  }

  /** The TS SDK returns bodies directly, so operation response wrappers have no class. */
  includes(model: Model): boolean {
    return model.origin !== 'response';
  }

  docPath(model: Model): string {
    return `docs/models/${model.namespace}/${this.fileBase(model)}.md`;
  }

  private fileBase(model: Model): string {
    return docFileBase(this.className(model).toLowerCase());
  }

  className(model: Model): string {
    return this.typeNames.get(model.id) ?? model.name;
  }

  fieldNames(wireNames: readonly string[]): string[] {
    return tsPropertyNames(wireNames);
  }

  qualifiedName(model: Model): string {
    return `${model.namespace}.${this.className(model)}`;
  }

  modelLink(model: Model): string {
    return link(this.qualifiedName(model), `../../models/${model.namespace}/${this.fileBase(model)}.md`);
  }

  typeCell(type: TypeRef): string {
    switch (type.kind) {
      case 'string':
        // Only date-time changes type in the generated code (see targets/typescript/type-text.ts).
        return type.format === 'date-time' ? DATE_LINK : italic('string');
      case 'integer':
      case 'number':
        return italic('number');
      case 'boolean':
        return italic('boolean');
      case 'any':
        return italic('any');
      case 'null':
        return italic('null');
      case 'literal':
        return italic(JSON.stringify(type.value));
      case 'array':
        return type.prefixItems
          ? tupleOf(
              type.prefixItems.map((p) => this.typeCell(p)),
              this.typeCell(type.items),
              type.minItems,
              type.maxItems,
            )
          : `${this.typeCell(type.items)}[]`;
      case 'map':
        return `Record<string, ${this.typeCell(type.values)}>`;
      case 'model': {
        const model = this.index.require(type.id);
        if (model.filePart) return `${FILE_LINKS} | ${this.modelLink(model)}`;
        return model.shape.kind === 'union' ? italic(this.qualifiedName(model)) : this.modelLink(model);
      }
    }
  }

  /** Plain TypeScript type expression (no markdown), as in a `const value: <type>` line. */
  typeExpression(type: TypeRef): string {
    switch (type.kind) {
      case 'string':
        return type.format === 'date-time' ? 'Date' : 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'any':
        return 'any';
      case 'null':
        return 'null';
      case 'literal':
        return JSON.stringify(type.value);
      case 'array':
        return type.prefixItems
          ? tupleOf(
              type.prefixItems.map((p) => this.typeExpression(p)),
              this.typeExpression(type.items),
              type.minItems,
              type.maxItems,
            )
          : arrayOf(this.typeExpression(type.items));
      case 'map':
        return `Record<string, ${this.typeExpression(type.values)}>`;
      case 'model':
        return this.qualifiedName(this.index.require(type.id));
    }
  }
}
