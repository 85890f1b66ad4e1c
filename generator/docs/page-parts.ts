/**
 * Pieces every model page starts with, in both flavours: the title (struck through when the
 * model is deprecated) and the description paragraph, each followed by one blank line.
 * The description is copied verbatim; a description that ends in a newline therefore yields an
 * extra blank line, exactly as in the reference.
 */
import type { Model, Property } from '../ir/model.js';
import type { FieldRow } from './fields-table.js';
import type { Flavour } from './flavour/flavour.js';
import { heading, strikethrough } from './markdown.js';
import type { ModelIndex } from './model-index.js';
import { fragments } from './templates.js';
import { propertyNameSource } from '../ir/naming/parameter-names.js';

export function pageHead(model: Model, className: string, index: ModelIndex): string {
  const title = heading(1, model.deprecated ? strikethrough(className) : className) + '\n\n';
  const about = descriptionBlock(model, pageDescription(model, index));
  return about === undefined ? title : title + about + '\n\n';
}

/**
 * The model's own description; for an inline parameter, request body or response schema
 * without one, the description of that parameter or body. (Component schemas also inherit a response's description in the
 * reference, under rules only the IR builder can apply — see the docs report.)
 */
export function pageDescription(model: Model, index: ModelIndex): string | undefined {
  if (model.description) return model.description;
  return model.origin === 'inline' ? index.useSiteDescription(model.id) : undefined;
}

function descriptionBlock(model: Model, description: string | undefined): string | undefined {
  if (!model.deprecated) return description;
  const warning = fragments().deprecatedModel;
  return description ? warning + '\n\n' + description : warning;
}

export function propertyRows(properties: readonly Property[], flavour: Flavour): FieldRow[] {
  const names = flavour.fieldNames(properties.map(propertyNameSource));
  return properties.map((property, i) => ({
    name: names[i],
    type: flavour.typeCell(property.type),
    required: property.required,
    deprecated: property.deprecated,
    description: property.description,
    example: property.example,
  }));
}
