import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BENCH_KEY = 'bench-key-0123456789abcdef';

/** A child process (the ledger service or a ceiling server) on a free loopback port. */
export class BenchProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly dataDir: string | undefined,
  ) {}

  static async start(script: string, env: Record<string, string> = {}, withDataDir = true): Promise<BenchProcess> {
    const port = await freePort();
    const dataDir = withDataDir ? mkdtempSync(join(tmpdir(), 'ledger-bench-')) : undefined;
    const child = spawn(process.execPath, [script], {
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        ...(dataDir ? { LEDGER_DATA_DIR: dataDir } : {}),
        LEDGER_API_KEYS: JSON.stringify([{ key: BENCH_KEY, ledgerId: 'bench', scopes: ['audit:write', 'audit:read', 'ledger:admin'] }]),
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${script} did not start`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return new BenchProcess(child, url, dataDir);
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
