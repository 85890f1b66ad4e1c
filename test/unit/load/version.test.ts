import { load, scratch, summarize } from './support.js';

describe('document root and version', () => {
  const dir = scratch({
    'list.yaml': '- openapi\n- 3.0.3\n',
    'text.yaml': 'just some text\n',
    'none.yaml': 'info:\n  title: x\n',
    'future.yaml': 'openapi: 3.3.0\ninfo: {}\n',
    'four.yaml': 'openapi: 4.0.0\ninfo: {}\n',
    'number.yaml': 'openapi: 3.0\ninfo: {}\n',
    'swagger-number.yaml': 'swagger: 2.0\ninfo: {title: t, version: "1"}\npaths: {}\n',
    'old.yaml': 'swagger: "1.2"\n',
    'v31.yaml': 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n',
    'v32.yaml': 'openapi: 3.2.0\ninfo: {title: t, version: "1"}\npaths: {}\n',
    'v20.json': '{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}',
  });
  afterAll(() => dir.remove());

  const SUPPORTED = '; sdkwright reads OpenAPI 3.0.x, 3.1.x and 3.2.x (or Swagger "2.0")';
  const cases: Array<[string, string, string, string]> = [
    ['list.yaml', 'root-not-mapping', '1:1 #', "expected the document root to be a mapping with an 'openapi' or 'swagger' field, found a sequence"],
    ['text.yaml', 'root-not-mapping', '1:1 #', "expected the document root to be a mapping with an 'openapi' or 'swagger' field, found the string 'just some text'"],
    ['none.yaml', 'version-missing', '1:1 #', "expected an 'openapi: 3.x.y' (or 'swagger: \"2.0\"') field at the document root, found neither"],
    [
      'future.yaml',
      'version-unsupported',
      '1:10 #/openapi',
      `expected 'openapi' to be a version string 3.0.x, 3.1.x or 3.2.x, found the string '3.3.0'${SUPPORTED}: write one of those in the spec (an overlay cannot change it, the version is read before overlays apply)`,
    ],
    [
      'four.yaml',
      'version-unsupported',
      '1:10 #/openapi',
      `expected 'openapi' to be a version string 3.0.x, 3.1.x or 3.2.x, found the string '4.0.0'${SUPPORTED}: write one of those in the spec (an overlay cannot change it, the version is read before overlays apply)`,
    ],
    [
      'number.yaml',
      'version-unsupported',
      '1:10 #/openapi',
      `expected 'openapi' to be a version string 3.0.x, 3.1.x or 3.2.x, found the number 3 (write the version in quotes)${SUPPORTED}: write one of those in the spec (an overlay cannot change it, the version is read before overlays apply)`,
    ],
    ['old.yaml', 'version-unsupported', '1:10 #/swagger', `expected 'swagger' to be the string "2.0", found the string '1.2'${SUPPORTED}: convert the document to one of those`],
  ];
  test.each(cases)('%s → %s', async (name, code, where, message) => {
    const { loaded, diagnostics } = await load(dir.file(name));
    expect(loaded).toBeUndefined();
    expect(summarize(diagnostics.items)).toEqual([`error ${code} ${dir.file(name)}:${where}`]);
    expect(diagnostics.items[0].message).toBe(message);
  });

  test('an unquoted swagger: 2.0 (the YAML number 2) is read as "2.0", with a warning', async () => {
    const { loaded, diagnostics } = await load(dir.file('swagger-number.yaml'));
    expect(summarize(diagnostics.items)).toEqual([`warning version-unquoted ${dir.file('swagger-number.yaml')}:1:10 #/swagger`]);
    expect(diagnostics.items[0].message).toBe('expected \'swagger\' to be the string "2.0", found the number 2; read as "2.0" (write it in quotes)');
    expect(loaded?.sourceVersion).toBe('2.0');
    expect(loaded?.document.openapi).toBe('3.0.3');
  });

  test('3.2 is read like 3.1 and keeps its version', async () => {
    const v32 = await load(dir.file('v32.yaml'));
    expect(v32.diagnostics.items).toEqual([]);
    expect(v32.loaded?.sourceVersion).toBe('3.2.0');
    expect(v32.loaded?.document.openapi).toBe('3.2.0');
  });

  test('3.1 keeps its version; 2.0 is upgraded and remembers it was 2.0', async () => {
    const v31 = await load(dir.file('v31.yaml'));
    expect(v31.diagnostics.items).toEqual([]);
    expect(v31.loaded?.sourceVersion).toBe('3.1.0');
    expect(v31.loaded?.document.openapi).toBe('3.1.0');
    const v20 = await load(dir.file('v20.json'));
    expect(v20.diagnostics.items).toEqual([]);
    expect(v20.loaded?.sourceVersion).toBe('2.0');
    expect(v20.loaded?.document.openapi).toBe('3.0.3');
    expect(v20.loaded?.document).not.toHaveProperty('swagger');
  });
});
