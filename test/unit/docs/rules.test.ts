import { docFileBase } from '../../../generator/write/file-name.js';
import { renderModelDocs } from '../../../generator/docs/index.js';
import type { ApiModel, Operation, Parameter } from '../../../generator/ir/model.js';
import { api, enumModel, objectModel, prop, t } from './ir-builders.js';

const options = { packageName: '@acme/sdk', sdkClassName: 'Acme' };

function contents(model: ApiModel, flavour: 'csharp' | 'typescript', path: string): string {
  const file = renderModelDocs(model, flavour, options).find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.contents;
}

function operation(more: Partial<Operation>): Operation {
  return {
    id: 'Op',
    hasOperationId: true,
    method: 'post',
    requestMethod: 'POST',
    path: '/x',
    methodName: 'op',
    deprecated: false,
    tags: [],
    parameters: [],
    responses: [],
    responseModelId: 'op:Op:response',
    extensions: {},
    ...more,
  };
}

function parameter(name: string, more: Partial<Parameter> = {}): Parameter {
  return { name, in: 'query', required: false, deprecated: false, style: 'form', explode: true, allowReserved: false, type: t.integer(), ...more };
}

describe('page description of inline schemas', () => {
  const body = objectModel('DoRequestBody', [], { origin: 'inline', namespace: 'operations' });
  const status = enumModel('DoStatus', ['a'], { origin: 'inline', namespace: 'operations' });
  const shared = objectModel('Thing', []);
  const model = api([body, status, shared]);
  model.operations = [
    operation({
      parameters: [parameter('status', { type: t.model('DoStatus'), description: 'Filter by status' })],
      requestBody: { required: true, description: 'Body text', contents: [{ mediaType: 'application/json', type: t.model('DoRequestBody') }] },
      responses: [{ statusCode: '200', description: 'Success', contents: [{ mediaType: 'application/json', type: t.model('Thing') }], headers: [], isError: false }],
    }),
  ];

  test.each([
    ['request body', 'docs/Models/Operations/DoRequestBody.md', 'Body text'],
    ['parameter enum', 'docs/Models/Operations/DoStatus.md', 'Filter by status'],
  ])('%s takes the text of its use site', (_, path, text) => {
    expect(contents(model, 'csharp', path).split('\n')[2]).toBe(text);
  });

  test('component schemas keep their own (absent) description', () => {
    expect(contents(model, 'csharp', 'docs/Models/Components/Thing.md').startsWith('# Thing\n\n\n## Fields')).toBe(true);
  });
});

describe('TypeScript example usage', () => {
  test('optional parameters with their own example are shown, deprecated ones are not', () => {
    const wrapper = objectModel(
      'ListRequest',
      [
        prop('user_id', t.string(), { required: true, location: 'path', parameter: parameter('user_id', { in: 'path', required: true, type: t.string() }) }),
        prop('after', t.integer(), { location: 'query', example: { value: 17 }, parameter: parameter('after', { example: { value: 17 } }) }),
        prop('since', t.integer(), { deprecated: true, example: { value: 3 }, parameter: parameter('since', { deprecated: true, example: { value: 3 } }) }),
        prop('limit', t.integer(), { example: { value: 5 } }),
      ],
      { origin: 'request', namespace: 'operations' },
    );
    expect(contents(api([wrapper]), 'typescript', 'docs/models/operations/listrequest.md')).toContain('let value: ListRequest = {\n  userId: "<id>",\n  after: 17,\n};');
  });

  test('objects with extra keys get the extras field', () => {
    const open = objectModel('Open', [prop('a', t.string())]);
    open.shape = { kind: 'object', properties: [prop('a', t.string())], additionalProperties: t.any() };
    const page = contents(api([open]), 'typescript', 'docs/models/components/open.md').replace(/ {2,}/g, ' ');
    expect(page.endsWith('| `a` | *string* | :heavy_minus_sign: | N/A |\n| `additionalProperties` | Record<string, *any*> | :heavy_minus_sign: | N/A |')).toBe(true);
  });
});

describe('docFileBase', () => {
  test('short names are kept', () => {
    expect(docFileBase('RefreshSessionRequestBody')).toBe('RefreshSessionRequestBody');
  });

  test('overlong names are cut to a stable, distinct, writable name', () => {
    const a = 'A'.repeat(300);
    const b = 'A'.repeat(299) + 'B';
    expect(Buffer.byteLength(docFileBase(a) + '.md')).toBeLessThanOrEqual(255);
    expect(docFileBase(a)).toBe(docFileBase(a));
    expect(docFileBase(a)).not.toBe(docFileBase(b));
  });
});
