/** Migration: without an sdkwright config, `.speakeasy/gen.yaml` gives the names, and the run says so (issue 14). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../robustness/support/run-cli.js';

const SPEC = resolve('test/fixtures/module-formats/api.yaml');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdkwright-genyaml-'));
  mkdirSync(join(dir, 'api', '.speakeasy'), { recursive: true });
  copyFileSync(SPEC, join(dir, 'api', 'openapi.yaml'));
  writeFileSync(
    join(dir, 'api', '.speakeasy', 'gen.yaml'),
    ['configVersion: 2.0.0', 'generation:', '  sdkClassName: ThingsApi', 'typescript:', '  version: 1.2.3', '  packageName: "@acme/things"', '  moduleFormat: esm', '  envVarPrefix: ACME', ''].join(
      '\n',
    ),
  );
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the gen.yaml beside the spec names the package, the class, the module format and the env prefix, and the target when it has one section', async () => {
  const run = await runCli(['generate', 'api/openapi.yaml', '--out', 'sdk'], dir);
  expect(run.stderr).toContain(
    'no sdkwright config: using api/.speakeasy/gen.yaml (sdkClassName ThingsApi, target typescript, packageName @acme/things, moduleFormat esm, envVarPrefix ACME); flags still win',
  );
  expect(run.stderr).not.toContain('note:');
  expect(run.code).toBe(0);
  const pkg = JSON.parse(readFileSync(join(dir, 'sdk', 'package.json'), 'utf8'));
  expect(pkg.name).toBe('@acme/things');
  expect(pkg.exports['.'].require).toBeUndefined();
  const core = readFileSync(join(dir, 'sdk', 'src', 'core.ts'), 'utf8');
  expect(core).toContain('export class ThingsApiCore');
  expect(core).toContain('envPrefix: "ACME"');
});

test('flags win over it, and an sdkwright config replaces it entirely', async () => {
  const flagged = await runCli(['generate', 'api/openapi.yaml', '--target', 'typescript', '--out', 'a', '--package-name', 'mine'], dir);
  expect(flagged.code).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, 'a', 'package.json'), 'utf8')).name).toBe('mine');
  writeFileSync(join(dir, 'sdkwright.config.yaml'), 'target: typescript\nout: b\n');
  const configured = await runCli(['generate', 'api/openapi.yaml'], dir);
  expect(configured.code).toBe(0);
  expect(configured.stderr).not.toContain('gen.yaml');
  expect(JSON.parse(readFileSync(join(dir, 'b', 'package.json'), 'utf8')).name).toBe('openapi-sdk');
});

test('a gen.yaml that does not parse is reported and ignored', async () => {
  writeFileSync(join(dir, 'api', '.speakeasy', 'gen.yaml'), 'generation: [unclosed\n');
  const run = await runCli(['generate', 'api/openapi.yaml', '--target', 'typescript', '--out', 'c'], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/warning: .*gen\.yaml does not parse/);
});
