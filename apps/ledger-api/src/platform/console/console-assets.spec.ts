import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConsoleAssets } from './console-assets.js';
import { consoleHeaders } from './console-headers.js';

describe('the built console the service serves', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'console-assets-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is absent when the console was not built', () => {
    expect(loadConsoleAssets(dir)).toBeUndefined();
  });

  it('holds index.html and the assets it knows the type of, by exact name', () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'export {}');
    writeFileSync(join(dir, 'assets', 'index-AbC123.css'), 'body{}');
    writeFileSync(join(dir, 'assets', 'notes.txt'), 'not served');
    const assets = loadConsoleAssets(dir)!;
    expect(assets.index.contentType).toBe('text/html; charset=utf-8');
    expect([...assets.assets.keys()].sort()).toEqual(['index-AbC123.css', 'index-AbC123.js']);
    expect(assets.assets.get('index-AbC123.js')!.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('revalidates index.html, caches hashed assets for a year, and sends the CSP with both', () => {
    expect(consoleHeaders('index')['Cache-Control']).toBe('no-cache');
    expect(consoleHeaders('asset')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const kind of ['index', 'asset'] as const) {
      expect(consoleHeaders(kind)['Content-Security-Policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
      expect(consoleHeaders(kind)['Content-Security-Policy']).not.toContain('unsafe-inline');
    }
  });
});
