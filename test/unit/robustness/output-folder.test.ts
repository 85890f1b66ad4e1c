/**
 * The output folder is the user's (issue 16): through the real CLI, `generate --out .` in a
 * project that holds its own package.json, README.md and src/index.ts refuses with exit 2 and
 * changes nothing; `--force` writes, replacing only what is in the way; a later run into the
 * same folder needs no `--force`, and a file the user adds where a generated file goes is refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './support/run-cli.js';

const SPEC = `openapi: 3.0.3
info: {title: Tiny, version: "1"}
paths:
  /ping:
    get:
      operationId: ping
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {ok: {type: boolean}}}}}}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sdkwright-outdir-'));
  writeFileSync(path.join(dir, 'api.yaml'), SPEC);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (p: string) => readFileSync(path.join(dir, p), 'utf8');

test("--out . in the user's own project: exit 2, nothing changed, the files listed", async () => {
  writeFileSync(path.join(dir, 'package.json'), '{"name":"my-app"}\n');
  writeFileSync(path.join(dir, 'README.md'), '# My app\n');
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/index.ts'), 'export const app = 1;\n');
  const run = await runCli(['generate', 'api.yaml', '--target', 'typescript', '--out', '.'], dir);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/error\[output-not-ours\]: .* writing would replace files sdkwright did not write: .*package\.json.*src\/index\.ts/);
  expect(run.stderr).toContain('--force');
  expect(read('package.json')).toBe('{"name":"my-app"}\n');
  expect(read('README.md')).toBe('# My app\n');
  expect(read('src/index.ts')).toBe('export const app = 1;\n');
  expect(existsSync(path.join(dir, '.sdkwright'))).toBe(false);
});

test('--force writes, and says what it replaced; the next run needs no --force', async () => {
  writeFileSync(path.join(dir, 'package.json'), '{"name":"my-app"}\n');
  const forced = await runCli(['generate', 'api.yaml', '--target', 'typescript', '--out', 'sdk-here', '--force'], dir);
  expect(forced.code).toBe(0);
  const first = await runCli(['generate', 'api.yaml', '--target', 'typescript', '--out', '.', '--force'], dir);
  expect(first.code).toBe(0);
  expect(first.stderr).toMatch(/warning\[user-file-replaced\]: replaced package\.json/);
  expect(read('api.yaml')).toBe(SPEC);
  expect(read('sdk-here/package.json')).toContain('"name"');
  const again = await runCli(['generate', 'api.yaml', '--target', 'typescript', '--out', '.'], dir);
  expect(again.code).toBe(0);
  expect(read('api.yaml')).toBe(SPEC);
});

test('a later run refuses to replace a file the user put where a generated file goes', async () => {
  const first = await runCli(['generate', 'api.yaml', '--target', 'typescript', '--out', 'sdk'], dir);
  expect(first.code).toBe(0);
  rmSync(path.join(dir, 'sdk/src/funcs/ping.ts'));
  writeFileSync(path.join(dir, 'sdk/src/funcs/ping.ts'), '// mine\n');
  const manifest = read('sdk/.sdkwright/manifest.json');
  writeFileSync(path.join(dir, 'sdk/.sdkwright/manifest.json'), manifest.replace(/\{[^{}]*"src\/funcs\/ping\.ts"[^{}]*\},?/, ''));
  const run = await runCli(['generate', 'api.yaml', '--target', 'typescript', '--out', 'sdk'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/in .*sdk, writing would replace files sdkwright did not write: src\/funcs\/ping\.ts/);
  expect(read('sdk/src/funcs/ping.ts')).toBe('// mine\n');
});
