/** Generated packages of the fixture specs, byte for byte (UPDATE_SNAPSHOTS=1 to rewrite). */
import { resolve } from 'node:path';
import { generateFixture } from './support/generate.js';
import { FIXTURE_CASES, SNAPSHOTS } from './support/paths.js';
import { expectSnapshot } from './support/snapshot.js';

describe.each(FIXTURE_CASES)('typescript snapshot: %s', (name) => {
  test(`matches test/snapshots/typescript/${name}`, async () => {
    const { files } = await generateFixture(name);
    expectSnapshot(resolve(SNAPSHOTS, name), files);
  });
});
