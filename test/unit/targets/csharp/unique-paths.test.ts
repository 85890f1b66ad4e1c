/** No two C# files share a path, case-insensitively: a later one is numbered, never dropped. */
import { withUniquePaths } from '../../../../generator/targets/csharp/unique-paths.js';
import { generateFixture } from './support/generate.js';

test('a later file on a taken path (in any case) is numbered, past names already used', () => {
  const file = (path: string) => ({ path, contents: path });
  expect(withUniquePaths([file('A/Errors.cs'), file('A/Errors2.cs'), file('A/errors.cs'), file('SDK.cs'), file('Sdk.cs'), file('README')]).map((f) => f.path)).toEqual([
    'A/Errors.cs',
    'A/Errors2.cs',
    'A/errors3.cs',
    'SDK.cs',
    'Sdk2.cs',
    'README',
  ]);
});

test('a model named Errors and a group named like the SDK class keep every file', async () => {
  const { files } = await generateFixture('path-collisions');
  const paths = files.map((f) => f.path);
  expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
  const errors = files.filter((f) => /^Models\/Errors\/Errors\d*\.cs$/.test(f.path));
  expect(errors.map((f) => f.path)).toEqual(['Models/Errors/Errors.cs', 'Models/Errors/Errors2.cs']);
  // The model keeps its class's file name; the runtime's exceptions move.
  expect(errors[0].contents).toMatch(/class Errors\b/);
  expect(errors[1].contents).toMatch(/class ApiException\b/);
  expect(paths).toEqual(expect.arrayContaining(['SDK.cs', 'Sdk2.cs']));
});
