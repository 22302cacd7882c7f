import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The auditor console, built into dist/apps/auditor-console and served by the service at /console
 * (apps/ledger-api/src/platform/console). Asset names carry a content hash, so the service can cache
 * them for a year; only index.html is revalidated.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/auditor-console', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline scripts or styles anywhere: the service's CSP allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
  logLevel: 'warn',
});
