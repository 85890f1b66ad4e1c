/**
 * Schema shapes found in the real-world corpus (lob, Clerk) that the IR used to read wrongly.
 */
import { buildModel } from '../../../generator/ir/build/build-model.js';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { ApiModel, Model, ObjectShape } from '../../../generator/ir/model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

const SPEC = `
openapi: 3.0.3
info: { title: Corpus shapes, version: '1' }
paths:
  /addresses:
    post:
      operationId: postAddress
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Proof' } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Address' } } } }
components:
  schemas:
    Address:
      type: object
      required: [line1]
      properties:
        line1: { type: string }
        name: { type: string }
        company: { type: string }
        details: { type: object, enum: [null], nullable: true }
      anyOf:
        - required: [name]
        - required: [company]
    Proof:
      required: [resource_type]
      oneOf:
        - title: Postcard Proof
          type: object
          properties:
            resource_type: { type: string }
            size: { type: string }
        - title: Letter Proof
          type: object
          properties:
            resource_type: { type: string }
`;

function model(api: ApiModel, id: string): Model {
  const found = api.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
}

function requiredness(m: Model): [string, boolean][] {
  return (m.shape as ObjectShape).properties.map((p) => [p.wireName, p.required]);
}

const api = buildModel(plainLoadedSpec(SPEC), new Diagnostics());

test('an object whose anyOf members only require properties is that object (lob, Clerk)', () => {
  const address = model(api, '#/components/schemas/Address');
  expect(address.shape.kind).toBe('object');
  expect(requiredness(address)).toEqual([
    ['line1', true],
    ['name', false],
    ['company', false],
    ['details', false],
  ]);
});

test('enum: [null] is the null type, not an empty object (lob)', () => {
  const details = (model(api, '#/components/schemas/Address').shape as ObjectShape).properties.find((p) => p.wireName === 'details');
  expect(details?.type).toEqual({ kind: 'null' });
});

test('a required list beside oneOf applies to each inline member (lob)', () => {
  const member = model(api, '#/components/schemas/Proof/oneOf/0');
  expect(requiredness(member)).toEqual([
    ['resource_type', true],
    ['size', false],
  ]);
});
