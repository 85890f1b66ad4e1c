/**
 * Every group page and the SDK class's page get folders of their own, and the README links the
 * page each one really is at: folder names fold case and drop separators, so a group named like
 * the SDK class (`things` next to class `Things`), or two groups `signIn` / `sign-in`, used to
 * emit one path twice (an internal error).
 */
import { groupPages } from '../../../generator/docs/group-folder.js';
import { packageDocs } from '../../../generator/docs/package-docs.js';
import { loadApi } from '../../seeds/load-api.js';

test('colliding folders take a number, groups in order first, the SDK class last', () => {
  const pages = groupPages(['things', 'sign-in', 'signIn', 'Sign In'], 'Things');
  expect([...pages.groups.values()]).toEqual(['docs/sdks/things/README.md', 'docs/sdks/signin/README.md', 'docs/sdks/signin2/README.md', 'docs/sdks/signin3/README.md']);
  expect(pages.root).toBe('docs/sdks/things2/README.md');
  expect(groupPages(['users'], 'Api').root).toBe('docs/sdks/api/README.md');
});

describe.each(['typescript', 'csharp'] as const)('%s package docs when a group is named like the SDK class', (target) => {
  test('no path twice, and every README link to a group page points at a page that exists', async () => {
    const api = await loadApi('test/fixtures/module-formats/api.yaml', []);
    const files = packageDocs(api, target, { packageName: target === 'csharp' ? 'Things.Sdk' : 'things-sdk', sdkClassName: 'Things' });
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    const readme = files.find((f) => f.path === 'README.md')!.contents;
    const linked = [...readme.matchAll(/\]\((docs\/sdks\/[^)#]+)/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    for (const page of linked) expect(paths).toContain(page);
  });
});
