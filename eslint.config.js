import tseslint from 'typescript-eslint';

/** The domain and integrity libs stay plain TypeScript: no Nest, no database driver, no I/O. */
const pureCore = {
  patterns: [
    { regex: '(^|/)libs/|(^|/)(ledger-domain|ledger-writer|integrity|event-store|read-models|ledger-storage|transparency-log)/src/', message: 'Import a lib through its # alias.' },
    { group: ['@nestjs/*'], message: 'The domain and integrity libs must not depend on Nest.' },
    { group: ['better-sqlite3', '@eventstore/*', 'fastify', 'node:fs', 'fs', 'node:net', 'node:http'], message: 'No I/O in the pure core.' },
    { group: ['#event-store', '#read-models'], message: 'The core must not depend on adapters.' },
  ],
};

/** Libraries are reached through their `#` aliases only, never through another lib's (or an app's) files. */
const LIBS = 'ledger-domain|ledger-writer|integrity|event-store|read-models|ledger-storage|transparency-log';
const libInternals = { regex: `(^|/)libs/|(^|/)(${LIBS})/src/`, message: 'Import a lib through its # alias (package.json "imports"), never its src/ files.' };
const otherApp = (app) => ({ regex: `(^|/)${app}/src/`, message: 'An app never imports another app: move what both need into a lib.' });

/** The write core: no Nest, no database driver (it talks to the EventStore port). */
const writeCore = {
  patterns: [
    { group: ['@nestjs/*'], message: 'The write core must not depend on Nest.' },
    { group: ['better-sqlite3', '@eventstore/*', 'fastify'], message: 'The write core talks to the EventStore port only.' },
    libInternals,
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
  {
    files: ['libs/ledger-writer/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { 'no-restricted-imports': ['error', writeCore] },
  },
  {
    files: ['apps/ledger-api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libInternals, otherApp('ledger-cli'), otherApp('auditor-console')] }] },
  },
  {
    files: ['apps/ledger-cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libInternals, otherApp('ledger-api'), otherApp('auditor-console')] }] },
  },
  {
    // The auditor console runs in a browser: no Node modules outside its specs, no lib internals, no other app.
    files: ['apps/auditor-console/**/*.{ts,tsx}'],
    ignores: ['**/*.spec.ts', 'apps/auditor-console/src/verify/testdata.ts', 'apps/auditor-console/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            libInternals,
            otherApp('ledger-api'),
            otherApp('ledger-cli'),
            { regex: '^node:', message: 'The console runs in a browser: no Node modules.' },
            { regex: '^#(?!integrity$)', message: 'The console may import only the pure #integrity lib (and prefers its own verifier).' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/auditor-console/**/*.spec.ts', 'apps/auditor-console/src/verify/testdata.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libInternals, otherApp('ledger-api'), otherApp('ledger-cli')] }] },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libInternals, otherApp('ledger-cli'), otherApp('ledger-api'), otherApp('auditor-console')] }] },
  },
  {
    // A lib may climb within itself, never into another lib's folders.
    files: ['libs/**/*.ts'],
    ignores: ['libs/ledger-domain/src/**/*.ts', 'libs/integrity/src/**/*.ts', 'libs/ledger-writer/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libInternals] }] },
  },
);
