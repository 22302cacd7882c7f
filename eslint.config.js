import tseslint from 'typescript-eslint';

/** The domain and integrity libs stay plain TypeScript: no Nest, no database driver, no I/O. */
const pureCore = {
  patterns: [
    { group: ['@nestjs/*'], message: 'The domain and integrity libs must not depend on Nest.' },
    { group: ['better-sqlite3', '@eventstore/*', 'fastify', 'node:fs', 'fs', 'node:net', 'node:http'], message: 'No I/O in the pure core.' },
    { group: ['#event-store', '#read-models'], message: 'The core must not depend on adapters.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // End-to-end suites read untyped JSON responses.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['libs/ledger-domain/src/**/*.ts', 'libs/integrity/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', pureCore] },
  },
);
