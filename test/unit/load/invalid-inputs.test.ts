/** The bad inputs kept in test/fixtures/invalid/, each with the exact diagnostics it must give. */
import { validateSpec } from '../../../generator/validate/index.js';
import { INVALID, load, summarize } from './support.js';

describe('bad inputs in test/fixtures/invalid', () => {
  test('yaml-syntax.yaml: the YAML error, where it is, and no document', async () => {
    const { loaded, diagnostics } = await load(`${INVALID}/yaml-syntax.yaml`);
    expect(loaded).toBeUndefined();
    expect(diagnostics.items).toEqual([
      {
        code: 'yaml-syntax',
        severity: 'error',
        message: 'invalid YAML: Nested mappings are not allowed in compact mappings',
        file: `${INVALID}/yaml-syntax.yaml`,
        line: 8,
        column: 16,
      },
    ]);
  });

  test('missing-ref.yaml: external targets reported by the loader, the local one by validation', async () => {
    const file = `${INVALID}/missing-ref.yaml`;
    const { loaded, diagnostics } = await load(file);
    expect(loaded).toBeDefined();
    expect(diagnostics.items).toEqual([
      {
        code: 'ref-not-found',
        severity: 'error',
        message: `$ref 'parts.yaml#/components/responses/Nope' points to nothing: expected #/components/responses/Nope in parts.yaml, but 'Nope' is not a member of #/components/responses`,
        file,
        pointer: '#/paths/~1things/get/responses/400/$ref',
        line: 13,
        column: 11,
      },
      {
        code: 'ref-not-found',
        severity: 'error',
        message: `$ref 'absent.yaml' points to a file that cannot be read: cannot read ${INVALID}/absent.yaml: no such file (ENOENT)`,
        file,
        pointer: '#/paths/~1things/get/responses/500/$ref',
        line: 15,
        column: 11,
      },
    ]);
    validateSpec(loaded!, diagnostics);
    expect(diagnostics.items.slice(2)).toEqual([
      {
        code: 'ref-not-found',
        severity: 'error',
        message: "$ref '#/components/responses/Missing' points to nothing: expected #/components/responses/Missing in the document, but 'Missing' is not a member of #/components/responses",
        file,
        pointer: '#/paths/~1things/get/responses/200/$ref',
        line: 11,
        column: 11,
      },
    ]);
  });

  test('bad-jsonpath-overlay.yaml: the broken target is reported at its line, the other action still applies', async () => {
    const overlay = `${INVALID}/bad-jsonpath-overlay.yaml`;
    const { loaded, diagnostics } = await load(`${INVALID}/overlay-base.yaml`, [overlay]);
    expect(summarize(diagnostics.items)).toEqual([`error overlay-bad-jsonpath ${overlay}:6:13 #/actions/0/target`]);
    expect(diagnostics.items[0].message).toMatch(/^expected 'target' to be an RFC 9535 JSONPath, found '\$\.paths\[\?\(@\.get\]': Expected .* but "\]" found\. \(at character 16\)$/);
    expect((loaded?.document.info as Record<string, unknown>).description).toBe('Still applied.');
  });
});
