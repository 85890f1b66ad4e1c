/**
 * Generated packages compile under strict with zero errors: the fixtures always, the real specs
 * when shared/ is beside the checkout. A wire type mismatch between the IR's models and
 * openapi-typescript's reading of the spec shows up here as a type error.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFixture, generateSpec } from './support/generate.js';
import { build, removePackage, typeCheck, writePackage } from './support/compile.js';
import { FIXTURE_CASES, REAL_SPECS, SHARED, sharedAvailable } from './support/paths.js';

describe.each(FIXTURE_CASES)('typescript package compiles: fixture %s', (name) => {
  test('tsc --noEmit reports nothing', async () => {
    const { files } = await generateFixture(name);
    const dir = writePackage(files, name);
    try {
      expect(typeCheck(dir)).toEqual([]);
    } finally {
      removePackage(dir);
    }
  });
});

describe('typescript package builds and is importable by name', () => {
  test('npm-style build, then a consumer imports through the exports map', async () => {
    const { files } = await generateFixture('enums');
    const dir = writePackage(files, 'build');
    try {
      expect(build(dir)).toEqual([]);
      // A consumer with the package installed under its name resolves the subpath exports.
      const consumer = join(dir, 'consumer');
      mkdirSync(join(consumer, 'node_modules', '@fixtures'), { recursive: true });
      symlinkSync(dir, join(consumer, 'node_modules', '@fixtures', 'enums'), 'dir');
      writeFileSync(join(consumer, 'package.json'), '{ "type": "module" }\n');
      writeFileSync(
        join(consumer, 'main.js'),
        [
          'import { components } from "@fixtures/enums";',
          'import { Status, Paint$fromWire } from "@fixtures/enums/models/components";',
          'const paint = Paint$fromWire({ status: "active", color: "red", kind: "paint", previous_status: null });',
          'console.log(JSON.stringify([components.Status.PendingReview, Status.Active, paint.previousStatus]));',
        ].join('\n'),
      );
      const output = execFileSync(process.execPath, [join(consumer, 'main.js')], { encoding: 'utf8' });
      expect(JSON.parse(output)).toEqual(['pending_review', 'active', null]);
    } finally {
      removePackage(dir);
    }
  });
});

describe('typescript package compiles: real specs', () => {
  for (const spec of REAL_SPECS) {
    // api-shapes spans two files: it needs the real loader to join them.
    const skip = !sharedAvailable() ? `${SHARED} not found` : undefined;
    if (skip) {
      test.skip(`${spec.name} (skipped: ${skip})`, () => {});
      console.log(`typescript compile test for ${spec.name} skipped: ${skip}`);
      continue;
    }
    test(`${spec.name}: tsc --noEmit reports nothing`, async () => {
      const { files, emitMs } = await generateSpec(spec.spec, spec.overlays);
      const dir = writePackage(files, spec.name);
      try {
        const errors = typeCheck(dir);
        console.log(`${spec.name}: ${files.length} files, emit ${emitMs.toFixed(0)} ms, ${errors.length} compile errors`);
        expect(errors).toEqual([]);
      } finally {
        removePackage(dir);
      }
    });
  }
});
