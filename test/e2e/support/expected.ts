/**
 * What a test sends for an operation, in both forms: wire values (what the server must
 * receive) and model values (what the SDK is called with, made by the generated `X$fromWire`
 * mappers, so the SDK's `X$toWire` must turn them back into exactly the wire values).
 */
import type { ApiModel, Operation, Parameter, TypeRef } from '../../../generator/ir/model.js';
import { propertyNameSource } from '../../../generator/ir/naming/parameter-names.js';
import { sdkSurface, type OperationSurface } from '../../../generator/surface/typescript/sdk-surface.js';
import { fileNameOf, tsPropertyNames, tsTypeNames } from '../../../generator/surface/typescript/names.js';
import type { BuiltSdk } from './build-sdk.js';
import { Examples } from './examples.js';

export interface ExpectedRequest {
  /** Wire values by parameter name (absent parameters are not sent). */
  params: Map<Parameter, unknown>;
  body?: unknown;
  bodyMediaType?: string;
}

/** Wire values of every parameter and the body, from the examples. */
export function expectedRequest(op: Operation, examples: Examples): ExpectedRequest {
  const params = new Map<Parameter, unknown>();
  for (const p of op.parameters) params.set(p, examples.value(p.type, p.name, 0, p.example?.value));
  const content = op.requestBody?.contents[0];
  if (!content) return { params };
  return { params, body: examples.value(content.type, 'body', 0), bodyMediaType: content.mediaType };
}

/** Converts wire values to model values with the compiled package's mappers. */
export class ModelValues {
  private readonly names: Map<string, string>;
  private readonly models;

  constructor(
    private readonly api: ApiModel,
    private readonly sdk: BuiltSdk,
  ) {
    this.names = tsTypeNames(api.models);
    this.models = new Map(api.models.map((m) => [m.id, m]));
  }

  async toModel(t: TypeRef, wire: unknown): Promise<unknown> {
    if (wire === null || wire === undefined) return wire;
    switch (t.kind) {
      case 'string':
        return t.format === 'date-time' ? new Date(wire as string) : wire;
      case 'array':
        return Promise.all((wire as unknown[]).map((x) => this.toModel(t.items, x)));
      case 'map': {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(wire as object)) out[k] = await this.toModel(t.values, v);
        return out;
      }
      case 'model': {
        const model = this.models.get(t.id)!;
        if (model.shape.kind === 'enum') return wire;
        const name = this.names.get(t.id)!;
        const module = await this.sdk.load(`models/${model.namespace}/${fileNameOf(name)}.js`);
        return module[`${name}$fromWire`](wire);
      }
      default:
        return wire;
    }
  }

  /** The arguments of the SDK method (before `options`) for the expected request. */
  async arguments(s: OperationSurface, expected: ExpectedRequest): Promise<unknown[]> {
    const a = s.argument;
    const op = s.operation;
    if (a.kind === 'none') return [];
    if (a.kind === 'positional') return Promise.all(a.parameters.map((p) => this.toModel(p.parameter.type, expected.params.get(p.parameter))));
    const wrapper = op.requestModelId ? this.models.get(op.requestModelId) : undefined;
    if (!wrapper || wrapper.shape.kind !== 'object') return [await this.bodyValue(op, expected)];
    const names = tsPropertyNames(wrapper.shape.properties.map(propertyNameSource));
    const request: Record<string, unknown> = {};
    for (const [i, p] of wrapper.shape.properties.entries()) {
      request[names[i]] = p.location === 'body' ? await this.bodyValue(op, expected) : await this.toModel(p.type, expected.params.get(p.parameter!));
    }
    return [request];
  }

  private async bodyValue(op: Operation, expected: ExpectedRequest): Promise<unknown> {
    const content = op.requestBody?.contents[0];
    return content ? this.toModel(content.type, expected.body) : undefined;
  }
}

export function surfaceOf(api: ApiModel) {
  return sdkSurface(api);
}
