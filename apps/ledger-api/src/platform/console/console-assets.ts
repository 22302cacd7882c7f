import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file of the built console, held in memory (a few hundred kilobytes in all). */
export interface ConsoleAsset {
  body: Buffer;
  contentType: string;
}

/** The built console: index.html and the content-hashed files under assets/. */
export interface ConsoleAssets {
  index: ConsoleAsset;
  assets: ReadonlyMap<string, ConsoleAsset>;
}

/** Where `npm run build` writes the console (vite.config.ts's outDir), from this file's place in dist/. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../../auditor-console/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Reads the built console once at start. Only the files found here are ever served, by exact name,
 * so no request path reaches the file system.
 * @returns undefined when the console was not built (the API works without it).
 */
export function loadConsoleAssets(dir: string = DEFAULT_CONSOLE_DIR): ConsoleAssets | undefined {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) return undefined;
  const assets = new Map<string, ConsoleAsset>();
  const assetsDir = join(dir, 'assets');
  if (existsSync(assetsDir)) {
    for (const name of readdirSync(assetsDir)) {
      const contentType = CONTENT_TYPES[extname(name)];
      if (contentType) assets.set(name, { body: readFileSync(join(assetsDir, name)), contentType });
    }
  }
  return { index: { body: readFileSync(indexPath), contentType: 'text/html; charset=utf-8' }, assets };
}
