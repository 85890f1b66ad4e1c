/**
 * JSON samples of IR types, for the test server's answers: every required property, optional
 * ones near the top, the first enum value, the first union member. Deterministic.
 */
import type { ApiModel, Model, TypeRef } from '../../generator/ir/model.js';

export class Samples {
  private readonly byId: Map<string, Model>;

  constructor(api: ApiModel) {
    this.byId = new Map(api.models.map((m) => [m.id, m]));
  }

  value(type: TypeRef, depth = 0): unknown {
    switch (type.kind) {
      case 'string':
        return stringSample(type.format);
      case 'integer':
        return 1;
      case 'number':
        return 1.5;
      case 'boolean':
        return true;
      case 'any':
        return { any: 'thing' };
      case 'null':
        return null;
      case 'literal':
        return type.value;
      case 'array':
        return depth > 4 ? [] : [this.value(type.items, depth + 1)];
      case 'map':
        return depth > 4 ? {} : { key: this.value(type.values, depth + 1) };
      case 'model':
        return this.model(this.byId.get(type.id)!, depth);
    }
  }

  private model(model: Model, depth: number): unknown {
    const shape = model.shape;
    if (shape.kind === 'enum') return shape.values[0]?.value ?? 'unknown';
    if (shape.kind === 'union') {
      const member = shape.members.find((m) => m.kind !== 'null') ?? shape.members[0];
      const sample = this.value(member, depth + 1);
      const tag = shape.discriminator?.mapping.find((m) => member.kind === 'model' && m.modelId === member.id);
      if (tag && sample && typeof sample === 'object') (sample as Record<string, unknown>)[shape.discriminator!.propertyName] = tag.value;
      return sample;
    }
    const result: Record<string, unknown> = {};
    for (const property of shape.properties) {
      if (!property.required && depth > 1) continue;
      // Optional self-references would recurse without end.
      if (!property.required && property.type.kind === 'model' && property.type.id === model.id) continue;
      result[property.wireName] = this.value(property.type, depth + 1);
    }
    return result;
  }
}

function stringSample(format: string | undefined): string {
  switch (format) {
    case 'date-time':
      return '2024-05-06T07:08:09Z';
    case 'date':
      return '2024-05-06';
    case 'binary':
    case 'byte':
      return 'AQID';
    case 'email':
      return 'someone@example.com';
    default:
      return 'sample';
  }
}
