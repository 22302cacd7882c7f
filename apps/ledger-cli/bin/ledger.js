#!/usr/bin/env node
/**
 * `ledger` (package.json "bin", and `npm run ledger --`): runs the built CLI,
 * dist/apps/ledger-cli/src/main.js. In a checkout it first compiles (tsc -p tsconfig.build.json,
 * the TypeScript half of `npm run build`) when that file is missing or any source it is built from
 * (apps/ledger-cli/src, libs/*\/src) is newer than its compiled file, so a fresh clone works after
 * `npm install` and every later call starts at once. Where there are no sources (an installed
 * image) it just runs dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = join(ROOT, 'dist/apps/ledger-cli/src/main.js');
/** What the CLI is compiled from; tsconfig.build.json leaves specs and testing/ folders out of dist/. */
const SOURCE_DIRS = ['apps/ledger-cli/src', ...listDirs(join(ROOT, 'libs')).map((lib) => `libs/${lib}/src`)];
const NOT_BUILT = /\.(spec|int-spec|e2e-spec)\.ts$|\.d\.ts$/;

if (!existsSync(MAIN) || isOutdated()) build();
await import(pathToFileURL(MAIN).href);

/** A source newer than its compiled file, or a compiled file missing, or tsconfig changed since. */
function isOutdated() {
  const built = statSync(MAIN).mtimeMs;
  for (const config of ['tsconfig.json', 'tsconfig.build.json']) {
    if (existsSync(join(ROOT, config)) && statSync(join(ROOT, config)).mtimeMs > built) return true;
  }
  for (const dir of SOURCE_DIRS) {
    for (const source of listSources(join(ROOT, dir))) {
      const output = join(ROOT, 'dist', relative(ROOT, source)).replace(/\.ts$/, '.js');
      if (!existsSync(output) || statSync(source).mtimeMs > statSync(output).mtimeMs) return true;
    }
  }
  return false;
}

function build() {
  let tsc;
  try {
    tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    fail(`${existsSync(MAIN) ? 'dist/ is older than the sources' : 'the CLI is not built'} and TypeScript is not installed: run npm install, then npm run build`);
  }
  process.stderr.write(`ledger: ${existsSync(MAIN) ? 'sources changed since the last build' : 'first run'}: building (tsc -p tsconfig.build.json)…\n`);
  const started = Date.now();
  // tsc's diagnostics go to stderr: stdout is the command's answer, which scripts read.
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noEmitOnError'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) fail('the build failed (see above): fix the sources, or run npm run build to see the same errors');
  process.stderr.write(`ledger: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function fail(message) {
  process.stderr.write(`ledger: ${message}\n`);
  process.exit(2);
}

function listDirs(dir) {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
}

/** Every .ts file tsconfig.build.json compiles under `dir`. */
function* listSources(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'testing') yield* listSources(path);
    } else if (entry.name.endsWith('.ts') && !NOT_BUILT.test(entry.name)) {
      yield path;
    }
  }
}
