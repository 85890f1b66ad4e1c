/**
 * OpenAPI 3.2 in the IR: the `query` method and `additionalOperations`, `in: querystring`,
 * `itemSchema` streams, tag summary/parent/kind and `$self`, from the e2e fixture
 * (test/fixtures/oas32/library.yaml) and small documents; and the same fields ignored before 3.2.
 */
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../generator/ir/build/build-model.js';
import type { ApiModel, Model, Operation } from '../../../generator/ir/model.js';
import { loadSpec } from '../../../generator/resolve/index.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

const FIXTURE = 'test/fixtures/oas32/library.yaml';

async function fixture(): Promise<ApiModel> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec: FIXTURE, overlays: [], network: { offline: true } }, diagnostics);
  expect(diagnostics.items).toEqual([]);
  return buildModel(loaded!, diagnostics);
}

function op(api: ApiModel, id: string): Operation {
  const found = api.operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

function model(api: ApiModel, id: string): Model {
  return api.models.find((m) => m.id === id)!;
}

describe('the 3.2 fixture', () => {
  let api: ApiModel;
  beforeAll(async () => {
    api = await fixture();
  });

  test('query and additionalOperations are operations, in written order, with the method sent as written', () => {
    expect(api.operations.map((o) => [o.id, o.method, o.requestMethod, o.path, o.group])).toEqual([
      ['searchBooks', 'query', 'QUERY', '/books/search', 'books'],
      ['listBooks', 'get', 'GET', '/books', 'books'],
      ['getBook', 'get', 'GET', '/books/{bookId}', 'books'],
      ['purgeBook', 'purge', 'PURGE', '/books/{bookId}', 'books'],
      ['linkBook', 'link', 'LINK', '/books/{bookId}', 'books'],
      ['getAuthor', 'get', 'GET', '/authors/{authorId}', 'authors'],
      ['streamBookChanges', 'get', 'GET', '/feeds/books.jsonl', 'feeds'],
      ['streamBookChangesNdjson', 'get', 'GET', '/feeds/books.ndjson', 'feeds'],
      ['streamBookChangesSeq', 'get', 'GET', '/feeds/books.seq', 'feeds'],
      ['streamBookEvents', 'get', 'GET', '/feeds/books.sse', 'feeds'],
    ]);
    // QUERY has a body; an additional operation inherits the path-item parameters like any other.
    expect(op(api, 'searchBooks').requestBody?.contents.map((c) => [c.mediaType, c.type])).toEqual([['application/json', { kind: 'model', id: '#/components/schemas/BookQuery' }]]);
    expect(op(api, 'purgeBook').parameters.map((p) => [p.name, p.in])).toEqual([['bookId', 'path']]);
    expect(op(api, 'linkBook').parameters.map((p) => [p.name, p.in])).toEqual([
      ['bookId', 'path'],
      ['rel', 'query'],
    ]);
  });

  test('a querystring parameter: the whole query string, typed by its content schema', () => {
    const [filter] = op(api, 'listBooks').parameters;
    expect(filter).toMatchObject({
      name: 'filter',
      in: 'querystring',
      required: false,
      style: 'form',
      explode: true,
      contentType: 'application/x-www-form-urlencoded',
      type: { kind: 'model', id: '#/components/schemas/BookFilter' },
    });
    const request = model(api, 'op:listBooks:request');
    expect(request.shape).toMatchObject({ kind: 'object', properties: [{ wireName: 'filter', location: 'querystring' }] });
  });

  test('itemSchema on sequential media types: a stream of typed items', () => {
    const first = (id: string) => op(api, id).responses[0].contents[0];
    const change = { kind: 'model', id: '#/components/schemas/BookChange' };
    expect(first('streamBookChanges')).toMatchObject({ mediaType: 'application/jsonl', sequence: 'jsonl', type: change });
    expect(first('streamBookChangesNdjson')).toMatchObject({ mediaType: 'application/x-ndjson', sequence: 'jsonl', type: change });
    expect(first('streamBookChangesSeq')).toMatchObject({ mediaType: 'application/json-seq', sequence: 'json-seq', type: change });
    // The event is the item: an inline object with `data`, as the SSE reader expects.
    const sse = first('streamBookEvents');
    expect(sse.sequence).toBe('sse');
    expect(sse.type.kind).toBe('model');
    const event = model(api, (sse.type as { id: string }).id);
    expect(event.shape.kind === 'object' && event.shape.properties.map((p) => p.wireName)).toEqual(['event', 'id', 'data']);
    // The response wrapper's body is the item type; targets read `sequence` to stream it.
    expect(model(api, 'op:streamBookChanges:response').shape).toMatchObject({ properties: [{ type: change }] });
    // Other bodies are no streams.
    expect(first('getBook').sequence).toBeUndefined();
  });

  test('tags: summary, parent and kind; a parent without operations is a group too', () => {
    expect(api.groups).toEqual([
      {
        name: 'books',
        summary: 'Books',
        description: 'Books of the catalog, searched and maintained.',
        kind: 'nav',
        parent: 'catalog',
        operationIds: ['searchBooks', 'listBooks', 'getBook', 'purgeBook', 'linkBook'],
      },
      { name: 'authors', summary: 'Authors', parent: 'catalog', operationIds: ['getAuthor'] },
      {
        name: 'feeds',
        summary: 'Change feeds',
        description: 'What changed, as it happens.',
        kind: 'nav',
        operationIds: ['streamBookChanges', 'streamBookChangesNdjson', 'streamBookChangesSeq', 'streamBookEvents'],
      },
      { name: 'catalog', summary: 'Catalog', description: 'Everything the library holds.', kind: 'nav', operationIds: [] },
    ]);
  });

  test('$self is recorded, and the absolute $refs under it are read from the files beside the entry', () => {
    expect(api.self).toBe('https://api.example.com/specs/library.yaml');
    // `https://api.example.com/specs/library.yaml#/components/schemas/Book` is this document's Book.
    expect(op(api, 'getBook').responses[0].contents[0].type).toEqual({ kind: 'model', id: '#/components/schemas/Book' });
    // `https://api.example.com/specs/common/authors.yaml#/Author` is common/authors.yaml, hoisted as Author.
    const author = op(api, 'getAuthor').responses[0].contents[0].type as { id: string };
    expect(model(api, author.id)).toMatchObject({ name: 'Author', origin: 'component' });
  });
});

const SMALL = `
openapi: 3.2.0
info: { title: Small, version: '1' }
tags:
  - { name: a, parent: b, summary: A }
  - { name: b, parent: a }
  - { name: c, parent: missing }
paths:
  /x:
    parameters:
      - { name: page, in: query, schema: { type: integer } }
    get:
      tags: [a]
      parameters:
        - { name: qs, in: querystring, schema: { type: object, properties: { n: { type: integer } } } }
        - { name: other, in: querystring, content: { text/plain: { schema: { type: string } } } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { type: string } }
              itemSchema: { type: string }
    query:
      tags: [c]
      responses:
        '200':
          description: items
          content:
            application/x-ndjson:
              schema: { type: array }
              itemSchema: { type: integer }
    additionalOperations:
      GET: { operationId: shadowed, responses: { '204': { description: x } } }
      'NO GOOD': { operationId: badName, responses: { '204': { description: x } } }
      M-SEARCH: { responses: { '204': { description: x } } }
`;

function build(source: string): ApiModel {
  return buildModel(plainLoadedSpec(source), new Diagnostics());
}

describe('3.2 fallbacks (validate/ says each)', () => {
  const api = build(SMALL);

  test('the first querystring parameter wins: query and later querystring parameters are left out; a schema-only one reads as form fields', () => {
    const get = api.operations.find((o) => o.method === 'get')!;
    expect(get.parameters.map((p) => [p.name, p.in, p.contentType])).toEqual([['qs', 'querystring', 'application/x-www-form-urlencoded']]);
  });

  test('additionalOperations keys that are fixed methods or no method are skipped; derived ids use the method', () => {
    expect(api.operations.map((o) => [o.id, o.requestMethod])).toEqual([
      ['get_x', 'GET'],
      ['query_x', 'QUERY'],
      ['m-search_x', 'M-SEARCH'],
    ]);
  });

  test('itemSchema counts only on sequential media types; there it wins over schema', () => {
    const [get, query] = api.operations;
    expect(get.responses[0].contents[0]).toMatchObject({ type: { kind: 'array' } });
    expect(get.responses[0].contents[0].sequence).toBeUndefined();
    expect(query.responses[0].contents[0]).toMatchObject({ sequence: 'jsonl', type: { kind: 'integer' } });
  });

  test('a parent cycle or a parent that names no tag is dropped', () => {
    expect(api.groups.map((g) => [g.name, g.parent, g.summary])).toEqual([
      ['a', undefined, 'A'],
      ['c', undefined, undefined],
    ]);
  });
});

test('before 3.2 the same document has no query or additional operations, no querystring, streams or tag nesting', () => {
  const api = build(SMALL.replace('openapi: 3.2.0', 'openapi: 3.1.1'));
  expect(api.operations.map((o) => o.id)).toEqual(['get_x']);
  expect(api.operations[0].parameters.map((p) => p.name)).toEqual(['page']);
  expect(api.operations[0].responses[0].contents[0].sequence).toBeUndefined();
  expect(api.groups).toEqual([{ name: 'a', operationIds: ['get_x'] }]);
});
