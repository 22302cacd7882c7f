/**
 * The `ledger` launcher (apps/ledger-cli/bin/ledger.js) in a throwaway project laid out like this
 * one (a one-file CLI, the real TypeScript compiler): builds when dist/ is missing or older than a
 * source, runs the built code without building otherwise, and runs dist/ as it is where there are
 * no sources (an installed image).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LAUNCHER = resolve('apps/ledger-cli/bin/ledger.js');
let root: string;

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const main = (answer: string) => `process.stdout.write(${JSON.stringify(answer)} + ' ' + process.argv.slice(2).join(' ') + '\\n');\n`;
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'apps/ledger-cli/bin/ledger.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
/** Sets a file's mtime `seconds` from now (builds and edits a second apart, whatever the file system's resolution). */
const age = (path: string, seconds: number) => {
  const at = new Date(Date.now() + seconds * 1000);
  utimesSync(join(root, path), at, at);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ledger-launcher-'));
  write('package.json', JSON.stringify({ name: 'launcher-test', version: '1.2.3', type: 'module' }));
  // The smallest lib keeps each real tsc run to a second or two.
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', outDir: 'dist', rootDir: '.', strict: true, types: [], lib: ['es5'], skipLibCheck: true } }));
  write('tsconfig.build.json', JSON.stringify({ extends: './tsconfig.json', include: ['apps/**/*.ts', 'libs/**/*.ts'], exclude: ['**/*.spec.ts', '**/testing/**'] }));
  write('apps/ledger-cli/src/main.ts', `import { ANSWER } from '../../../libs/answer/src/answer.js';\ndeclare const process: { argv: string[]; stdout: { write(text: string): void } };\nprocess.stdout.write(ANSWER + ' ' + process.argv.slice(2).join(' ') + '\\n');\n`);
  write('libs/answer/src/answer.ts', `export const ANSWER: string = 'v1';\n`);
  write('libs/answer/src/answer.spec.ts', `export {};\n`);
  mkdirSync(join(root, 'apps/ledger-cli/bin'), { recursive: true });
  copyFileSync(LAUNCHER, join(root, 'apps/ledger-cli/bin/ledger.js'));
  mkdirSync(join(root, 'node_modules'));
  symlinkSync(resolve('node_modules/typescript'), join(root, 'node_modules/typescript'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the ledger launcher', () => {
  it('builds on first use, then runs the built code without building again', () => {
    const first = run('--help');
    expect(first).toMatchObject({ status: 0, stdout: 'v1 --help\n' });
    expect(first.stderr).toMatch(/first run: building/);
    const second = run('verify', '--records', 'x');
    expect(second).toEqual({ status: 0, stdout: 'v1 verify --records x\n', stderr: '' });
  }, 60_000);

  it('builds again when a source is newer than its compiled file, not when only a spec is', () => {
    run();
    write('libs/answer/src/answer.spec.ts', `export const changed = 1;\n`);
    age('libs/answer/src/answer.spec.ts', 5);
    expect(run()).toEqual({ status: 0, stdout: 'v1 \n', stderr: '' });
    write('libs/answer/src/answer.ts', `export const ANSWER: string = 'v2';\n`);
    age('libs/answer/src/answer.ts', 5);
    const rebuilt = run();
    expect(rebuilt).toMatchObject({ status: 0, stdout: 'v2 \n' });
    expect(rebuilt.stderr).toMatch(/sources changed since the last build: building/);
    // A new source file has no compiled file yet.
    write('libs/answer/src/more.ts', `export const MORE = 1;\n`);
    expect(run().stderr).toMatch(/building/);
  }, 60_000);

  it('exits 2 without running anything when the build fails, and keeps failing until it is fixed', () => {
    run();
    write('libs/answer/src/answer.ts', `export const ANSWER: string = 42;\n`);
    age('libs/answer/src/answer.ts', 5);
    for (let i = 0; i < 2; i++) {
      const failed = run();
      expect(failed).toMatchObject({ status: 2, stdout: '' });
      expect(failed.stderr).toMatch(/TS2322[\s\S]*ledger: the build failed/);
    }
  }, 60_000);

  it('runs dist/ as it is where there are no sources', () => {
    run();
    rmSync(join(root, 'apps/ledger-cli/src'), { recursive: true });
    rmSync(join(root, 'libs'), { recursive: true });
    rmSync(join(root, 'node_modules'), { recursive: true });
    write('dist/apps/ledger-cli/src/main.js', main('installed'));
    expect(run('x')).toEqual({ status: 0, stdout: 'installed x\n', stderr: '' });
  }, 60_000);
});
