/** Jest runs in ESM mode (Nest 12 is ESM-only): `node --experimental-vm-modules`. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^#integrity/testing$': '<rootDir>/libs/integrity/src/ledger-export/testing/test-ledger.ts',
    '^#integrity$': '<rootDir>/libs/integrity/src/index.ts',
    '^#ledger-domain$': '<rootDir>/libs/ledger-domain/src/index.ts',
    '^#ledger-writer$': '<rootDir>/libs/ledger-writer/src/index.ts',
    '^#event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^#event-store/sqlite$': '<rootDir>/libs/event-store/src/sqlite/index.ts',
    '^#event-store/eventstoredb$': '<rootDir>/libs/event-store/src/eventstoredb/index.ts',
    '^#event-store/testing$': '<rootDir>/libs/event-store/src/testing/index.ts',
    '^#ledger-storage$': '<rootDir>/libs/ledger-storage/src/index.ts',
    '^#read-models/testing$': '<rootDir>/libs/read-models/src/testing/index.ts',
    '^#read-models$': '<rootDir>/libs/read-models/src/index.ts',
    '^#transparency-log$': '<rootDir>/libs/transparency-log/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
