/**
 * README.md / USAGE.md of both targets, the TypeScript RetryConfig page, and the C# operation
 * docs taking their names from the C# target. Built from a small spec written here, so that the
 * names that need de-duplication in the code (a group called `Models`, two methods called
 * `list`) are in it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderModelDocs } from '../../../generator/docs/index.js';
import { csharpPackageDocs } from '../../../generator/docs/readme/csharp-readme.js';
import { typescriptPackageDocs } from '../../../generator/docs/readme/typescript-readme.js';
import { readRetryTypes, retryConfigPage, runtimeRetryTypes, RETRY_CONFIG_PAGE } from '../../../generator/docs/retry-config-page.js';
import { retryConfigText } from '../../../generator/docs/templates.js';
import type { ApiModel } from '../../../generator/ir/model.js';
import { csharpSurface } from '../../../generator/surface/csharp/sdk-surface.js';
import { parseMarkedSections } from '../../../generator/write/marked-sections.js';
import { loadApi } from '../../seeds/load-api.js';

const SPEC = `openapi: 3.0.3
info: { title: Pets API, version: "2", description: "Pets, their owners and more." }
servers: [{ url: "https://{region}.pets.example/v2", variables: { region: { default: eu } } }]
security: [{ apiKey: [] }]
components:
  securitySchemes:
    apiKey: { type: apiKey, in: header, name: X-Api-Key }
    basic: { type: http, scheme: basic }
  schemas:
    Problem: { type: object, properties: { message: { type: string } } }
    Pet: { type: object, required: [id], properties: { id: { type: string } } }
paths:
  /models:
    get:
      operationId: listModels
      x-speakeasy-group: models
      x-speakeasy-name-override: list
      summary: List models
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Pet" } } } } }
  /pets/{petId}:
    get:
      operationId: getPet
      x-speakeasy-group: pets
      x-speakeasy-name-override: get
      summary: Get a pet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
        "404": { description: missing, content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } } }
  /ping:
    get:
      operationId: ping
      summary: Ping
      responses: { "204": { description: pong } }
`;

let api: ApiModel;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdkwright-readme-'));
  fs.writeFileSync(path.join(dir, 'api.yaml'), SPEC);
  api = await loadApi(path.join(dir, 'api.yaml'), []);
  fs.rmSync(dir, { recursive: true, force: true });
});

const options = { packageName: 'Pets.Sdk', sdkClassName: 'PetsApi' };
const render = { typescript: () => typescriptPackageDocs(api, { ...options, packageName: 'pets-sdk' }), csharp: () => csharpPackageDocs(api, options) };

describe.each(['typescript', 'csharp'] as const)('%s README.md and USAGE.md', (flavour) => {
  const files = () => Object.fromEntries(render[flavour]().map((f) => [f.path, f]));

  test('are user-editable and made only of marked sections, each id once', () => {
    const { 'README.md': readme, 'USAGE.md': usage } = files();
    expect(readme.userEditable).toBe(true);
    expect(usage.userEditable).toBe(true);
    const blocks = parseMarkedSections(readme.contents);
    const ids = blocks.flatMap((b) => (b.kind === 'section' ? [b.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['summary', 'toc', 'installation', 'usage', 'security', 'operations', 'retries', 'errors', 'server', 'http-client']));
    // Outside the sections there are only the blank lines between them.
    expect(blocks.filter((b) => b.kind === 'text').every((b) => /^\s*$/.test(b.text))).toBe(true);
  });

  test('the table of contents links every section heading', () => {
    const readme = files()['README.md'].contents;
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]).filter((h) => h !== 'Table of Contents');
    for (const h of headings)
      expect(readme).toContain(
        `* [${h}](#${h
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-')})`,
      );
  });

  test('USAGE.md holds the usage example of the README', () => {
    const all = files();
    const usage = parseMarkedSections(all['USAGE.md'].contents).find((b) => b.kind === 'section')!;
    const code = /```\w+\n[\s\S]*?```/.exec(usage.text)![0];
    expect(all['README.md'].contents).toContain(code);
  });

  test('summary comes from the spec and the operation list links the group pages', () => {
    const readme = files()['README.md'].contents;
    expect(readme).toContain('Pets API (API version 2)');
    expect(readme).toContain('Pets, their owners and more.');
    expect(readme).toContain('(docs/sdks/pets/README.md#get)');
    expect(readme).toContain('(docs/sdks/petsapi/README.md#ping)');
  });

  test('are the same bytes on every run', () => {
    expect(render[flavour]()).toEqual(render[flavour]());
  });
});

describe('TypeScript README specifics', () => {
  const readme = () => typescriptPackageDocs(api, { ...options, packageName: 'pets-sdk' })[0].contents;

  test('lists the environment variables the runtime reads for each scheme', () => {
    expect(readme()).toContain('`PETS_API_API_KEY`');
    expect(readme()).toContain('`PETS_API_BASIC_USERNAME`, `PETS_API_BASIC_PASSWORD`');
    expect(readme()).toContain('`PETS_API_DEBUG=1`');
  });

  test('links the RetryConfig page and names the declared error classes', () => {
    expect(readme()).toContain(`[RetryConfig](${RETRY_CONFIG_PAGE})`);
    expect(readme()).toContain('errors.Problem');
    expect(readme()).toContain('error instanceof errors.Problem');
  });
});

describe('C# README specifics', () => {
  const readme = () => csharpPackageDocs(api, options)[0].contents;

  test('says the SDK reads no environment variable and uses the constructor argument names', () => {
    expect(readme()).toContain('reads no environment variable');
    expect(readme()).toMatch(/apiKey: Environment\.GetEnvironmentVariable\(/);
    expect(readme()).toContain('basic: new Pets.Sdk.Utils.BasicAuth(');
    expect(readme()).toContain('serverVariables: new Dictionary<string, string> { ["region"] = "eu" }');
  });

  test('uses the target surface: the group `models` is the class the code has', () => {
    const surface = csharpSurface(api, options.sdkClassName);
    const models = surface.groups.find((g) => g.name === 'models')!;
    expect(models.className).not.toBe('Models');
    expect(readme()).toContain(`[${models.propertyName}](docs/sdks/models/README.md)`);
  });
});

describe('C# operation docs take their names from the target', () => {
  test('group class, property and method names are the surface ones', () => {
    const surface = csharpSurface(api, options.sdkClassName);
    const models = surface.groups.find((g) => g.name === 'models')!;
    const page = renderModelDocs(api, 'csharp', options).find((f) => f.path === 'docs/sdks/models/README.md')!.contents;
    expect(page.startsWith(`# ${models.className}\n(*${models.propertyName}*)`)).toBe(true);
    const method = surface.methodNames.get('listModels')!;
    expect(page).toContain(`await sdk.${models.propertyName}.${method}(`);
    expect(page).toContain(`## ${method.replace(/Async$/, '')}`);
  });
});

describe('TypeScript RetryConfig page', () => {
  test('lists the fields of the runtime types, each described', () => {
    const types = runtimeRetryTypes();
    const page = retryConfigPage();
    const described = retryConfigText().fields;
    for (const field of [...types.retryConfig, ...types.backoff]) {
      expect(page).toContain(`| \`${field.name}\``);
      expect(described).toHaveProperty(field.name);
    }
    expect(types.retryConfig.map((f) => f.name)).toEqual(expect.arrayContaining(['strategy', 'backoff', 'retryConnectionErrors']));
  });

  test('reads fields, the strategy union and the defaults out of a source text', () => {
    const types = readRetryTypes(`
      export interface BackoffStrategy { /** ms */ initialInterval?: number; }
      export type RetryConfig = { strategy: "none" } | { strategy: "backoff"; backoff?: BackoffStrategy; tries?: number };
      export const DEFAULT_RETRIES: RetryConfig = { strategy: "backoff", backoff: { initialInterval: 1_000 }, tries: 2 };
      const DEFAULT_BACKOFF: Required<BackoffStrategy> = { initialInterval: 250 };
    `);
    expect(types.retryConfig).toEqual([
      { name: 'strategy', optional: false, type: '"none" | "backoff"' },
      { name: 'backoff', optional: true, type: 'BackoffStrategy' },
      { name: 'tries', optional: true, type: 'number' },
    ]);
    expect(types.backoff).toEqual([{ name: 'initialInterval', optional: true, type: 'number' }]);
    expect(types.defaultPolicy).toEqual({ strategy: '"backoff"', 'backoff.initialInterval': '1000', tries: '2' });
    expect(types.defaultBackoff).toEqual({ initialInterval: '250' });
  });

  test('is emitted with the TypeScript docs and linked from the operation pages', () => {
    const files = renderModelDocs(api, 'typescript', options);
    expect(files.find((f) => f.path === RETRY_CONFIG_PAGE)?.contents).toBe(retryConfigPage());
    expect(files.find((f) => f.path === 'docs/sdks/pets/README.md')!.contents).toContain('[RetryConfig](../../lib/utils/retryconfig.md)');
  });
});
