/** Tests are TypeScript ESM, compiled on the fly by ts-jest. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/', '/test/snapshots/', '/test/consumer/'],
  testTimeout: 120000,
  // The default output, then every skip with its reason in one list at the end.
  reporters: ['default', '<rootDir>/test/reporters/skip-summary.cjs'],
};
