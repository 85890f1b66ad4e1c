import { at, FIXTURES, mustLoad, scratch } from './support.js';

const SPEC = `${FIXTURES}/swagger2/petstore.yaml`;

describe('Swagger 2.0 is upgraded to the OpenAPI 3.0 shape', () => {
  let doc: Record<string, unknown>;
  let locate: (node: object, key?: string | number) => unknown;
  beforeAll(async () => {
    const { loaded, diagnostics } = await mustLoad(SPEC);
    expect(diagnostics.items).toEqual([]);
    expect(loaded.sourceVersion).toBe('2.0');
    doc = loaded.document;
    locate = loaded.locate;
  });

  test('root: openapi 3.0.3, servers from schemes/host/basePath, 2.0 fields gone', () => {
    expect(Object.keys(doc)).toEqual(['openapi', 'info', 'servers', 'paths', 'security', 'components']);
    expect(doc.openapi).toBe('3.0.3');
    expect(doc.servers).toEqual([{ url: 'https://pets.example.com/v2' }, { url: 'http://pets.example.com/v2' }]);
    expect(locate(doc, 'openapi')).toMatchObject({ file: SPEC, line: 1, column: 1 });
    expect(locate(at(doc, 'servers', 0), 'url')).toMatchObject({ line: 5, column: 1, pointer: '#/host' });
  });

  test('definitions → components.schemas, refs rewritten, discriminator and x-nullable upgraded', () => {
    const pet = at(doc, 'components', 'schemas', 'Pet');
    expect(pet.discriminator).toEqual({ propertyName: 'petType' });
    expect(pet.properties.nickname).toEqual({ type: 'string', nullable: true });
    expect(at(doc, 'paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'items')).toEqual({
      $ref: '#/components/schemas/Pet',
    });
    expect(at(doc, 'paths', '/pets', 'get', 'responses', 'default')).toEqual({ $ref: '#/components/responses/Problem' });
    expect(locate(at(doc, 'components', 'schemas'), 'Pet')).toMatchObject({ pointer: '#/definitions/Pet', line: 141, column: 3 });
  });

  test('non-body parameters get a schema and a style from collectionFormat', () => {
    const [tags, ids, sizes, limit] = at(doc, 'paths', '/pets', 'get', 'parameters');
    expect(tags).toEqual({ name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } }, style: 'form', explode: true });
    expect(ids).toMatchObject({ style: 'form', explode: false, schema: { type: 'array', items: { type: 'integer' } } });
    expect(sizes).toMatchObject({ style: 'pipeDelimited', explode: false });
    expect(limit).toEqual({ $ref: '#/components/parameters/Limit' });
    expect(at(doc, 'components', 'parameters', 'Limit')).toEqual({ name: 'limit', in: 'query', schema: { type: 'integer', nullable: true } });
    // The schema is where the parameter was written; its members where they were written.
    expect(locate(tags.schema)).toMatchObject({ pointer: '#/paths/~1pets/get/parameters/0', line: 19, column: 11 });
    expect(locate(tags.schema, 'type')).toMatchObject({ pointer: '#/paths/~1pets/get/parameters/0/type', line: 21, column: 11 });
  });

  test('in: body → requestBody under each consumed media type', () => {
    const body = at(doc, 'paths', '/pets', 'post', 'requestBody');
    expect(body).toEqual({
      description: 'The pet to add',
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
        'application/xml': { schema: { $ref: '#/components/schemas/Pet' } },
      },
      required: true,
      'x-codegen-request-body-name': 'pet',
    });
    expect(at(doc, 'paths', '/pets', 'post')).not.toHaveProperty('parameters');
    expect(locate(body)).toMatchObject({ pointer: '#/paths/~1pets/post/parameters/0', line: 60, column: 11 });
    expect(locate(at(doc, 'paths', '/pets', 'post'), 'requestBody')).toMatchObject({ line: 60 });
  });

  test('a $ref to a body parameter becomes a $ref to components.requestBodies', () => {
    expect(at(doc, 'paths', '/pets/{petId}', 'put', 'requestBody')).toEqual({ $ref: '#/components/requestBodies/Body' });
    expect(at(doc, 'components', 'requestBodies', 'Body')).toEqual({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
      'x-codegen-request-body-name': 'body',
    });
    expect(at(doc, 'components', 'parameters')).not.toHaveProperty('Body');
  });

  test('in: formData with a file → multipart object schema with a binary property', () => {
    const op = at(doc, 'paths', '/pets/{petId}/photo', 'post');
    expect(op).not.toHaveProperty('parameters');
    expect(op.requestBody).toEqual({
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { caption: { type: 'string' }, file: { type: 'string', format: 'binary', description: 'The photo' } },
            required: ['caption'],
          },
        },
      },
      required: true,
    });
    expect(locate(op.requestBody.content['multipart/form-data'].schema.properties, 'file')).toMatchObject({ line: 85, column: 11 });
  });

  test('in: formData without files → urlencoded, arrays keep their comma-separated encoding', () => {
    expect(at(doc, 'paths', '/pets/{petId}/photo', 'put', 'requestBody')).toEqual({
      content: {
        'application/x-www-form-urlencoded': {
          schema: { type: 'object', properties: { description: { type: 'string' }, labels: { type: 'array', items: { type: 'string' } } } },
          encoding: { labels: { style: 'form', explode: false } },
        },
      },
    });
  });

  test('path-level parameters are upgraded in place', () => {
    expect(at(doc, 'paths', '/pets/{petId}/photo', 'parameters')).toEqual([{ name: 'petId', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } }]);
  });

  test('responses: schema → content per produced media type, examples, headers, type file', () => {
    const ok = at(doc, 'paths', '/pets', 'get', 'responses', '200');
    expect(ok.headers).toEqual({ 'X-Rate-Limit': { description: 'Calls left', schema: { type: 'integer' } } });
    expect(ok.content['application/json'].example).toEqual([{ id: 1, name: 'Rex' }]);
    expect(at(doc, 'paths', '/pets/{petId}/photo', 'post', 'responses', '200')).toEqual({
      description: 'The stored photo',
      content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
    });
    expect(at(doc, 'components', 'responses', 'Problem')).toEqual({
      description: 'Something went wrong',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
    expect(locate(ok.content['application/json'], 'example')).toMatchObject({ pointer: '#/paths/~1pets/get/responses/200/examples/application~1json', line: 49 });
  });

  test('securityDefinitions → securitySchemes with 3.0 flows', () => {
    expect(at(doc, 'components', 'securitySchemes')).toEqual({
      basicAuth: { type: 'http', scheme: 'basic' },
      apiKey: { type: 'apiKey', name: 'X-API-Key', in: 'header' },
      petsOAuth: {
        type: 'oauth2',
        flows: {
          authorizationCode: {
            authorizationUrl: 'https://auth.example.com/authorize',
            tokenUrl: 'https://auth.example.com/token',
            scopes: { read: 'Read pets' },
          },
        },
      },
      machine: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: {} } } },
      browser: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://auth.example.com/authorize', scopes: {} } } },
      legacy: { type: 'oauth2', flows: { password: { tokenUrl: 'https://auth.example.com/token', scopes: {} } } },
    });
  });
});

describe('Swagger 2.0 servers without host or schemes', () => {
  test('basePath alone is a relative server; no host or basePath means no servers', async () => {
    const dir = scratch({
      'base.yaml': 'swagger: "2.0"\ninfo: {title: t, version: "1"}\nbasePath: /api\npaths: {}\n',
      'host.yaml': 'swagger: "2.0"\ninfo: {title: t, version: "1"}\nhost: example.com\nbasePath: /\npaths: {}\n',
      'none.yaml': 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n',
    });
    try {
      expect((await mustLoad(dir.file('base.yaml'))).loaded.document.servers).toEqual([{ url: '/api' }]);
      expect((await mustLoad(dir.file('host.yaml'))).loaded.document.servers).toEqual([{ url: 'https://example.com' }]);
      expect((await mustLoad(dir.file('none.yaml'))).loaded.document).not.toHaveProperty('servers');
    } finally {
      dir.remove();
    }
  });
});
