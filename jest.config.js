/**
 * Tests are TypeScript ESM, compiled on the fly by ts-jest, in four projects (`npm test` runs
 * them all; `npm test -- --selectProjects unit` one of them):
 * - unit: the generator's stages and the runtime, in-process, fast;
 * - output: generated packages and docs compared with what is committed (seeds, snapshots of
 *   generated/, docs snippets, the differential against openapi-typescript, corpus regressions);
 * - e2e: generated SDKs built and run against servers on 127.0.0.1 (Prism included);
 * - external: what needs ../shared in full (the corpus run, the corpus against Prism).
 */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, tsconfig: 'tsconfig.json' }],
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/', '/test/snapshots/', '/test/consumer/'],
};

const project = (name, testMatch) => ({ ...shared, displayName: name, testMatch });

export default {
  projects: [
    project('unit', ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/property/**/*.test.ts']),
    project('output', [
      '<rootDir>/test/seeds/**/*.test.ts',
      '<rootDir>/test/docs-snippets/**/*.test.ts',
      '<rootDir>/test/differential/**/*.test.ts',
      '<rootDir>/test/corpus/regressions.test.ts',
      '<rootDir>/test/generated-drift.test.ts',
    ]),
    project('e2e', ['<rootDir>/test/e2e/**/*.test.ts']),
    project('external', ['<rootDir>/test/corpus/corpus.test.ts', '<rootDir>/test/corpus/prism-calls.test.ts']),
  ],
  testTimeout: 120000,
  // The default output, then every skip with its reason in one list at the end.
  reporters: ['default', '<rootDir>/test/reporters/skip-summary.cjs'],
};
