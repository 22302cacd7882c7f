import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The built operator CLI (`npm test` builds first). */
export const CLI_JS = resolve(process.cwd(), 'dist/apps/ledger-cli/src/main.js');

/** Runs `ledger <args>` to completion (with `env` beside PATH, e.g. LEDGER_DATA_DIR): its exit status and output. */
export function runLedgerCli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_JS, ...args], { encoding: 'utf8', timeout: 120_000, env: { PATH: process.env['PATH'] ?? '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
