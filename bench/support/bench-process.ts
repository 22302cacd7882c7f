import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchProcessOptions {
  /** Extra environment (PATH, PORT, HOST and LOG_LEVEL=warn are always set). */
  env?: Record<string, string>;
  /** Node flags before the script, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeArgs?: string[];
  /** Give the process a fresh temp LEDGER_DATA_DIR, removed by stop(). */
  withDataDir?: boolean;
}

/** Started and not yet stopped: child → its data directory. */
const running = new Map<ChildProcess, string | undefined>();
// A bench that throws or is interrupted midway must not leave a service holding a port and a data directory.
process.once('exit', () =>
  running.forEach((dataDir, child) => {
    child.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/**
 * A server (the ledger service or a ceiling) as a child process on a free loopback port,
 * started the way test/support/ledger-process.ts starts the service for the e2e suites.
 */
export class BenchProcess {
  private output = '';
  private readonly exited: Promise<void>;

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly dataDir: string | undefined,
  ) {
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-8000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((done) =>
      child.once('exit', (code, signal) => {
        this.output += `\n[process exited: code ${code}, signal ${signal}]`;
        done();
      }),
    );
    running.set(child, dataDir);
  }

  /** Starts `script` and resolves once GET /health answers 200 (30 s at most). */
  static async start(script: string, options: BenchProcessOptions = {}): Promise<BenchProcess> {
    const port = await freePort();
    const dataDir = options.withDataDir ? mkdtempSync(join(tmpdir(), 'ledger-bench-')) : undefined;
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...(dataDir ? { LEDGER_DATA_DIR: dataDir } : {}),
      ...options.env,
    };
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new BenchProcess(child, `http://127.0.0.1:${port}`, dataDir);
    await server.waitUntilHealthy(script);
    return server;
  }

  /** What the process printed last (stdout and stderr). */
  get logs(): string {
    return this.output;
  }

  /** SIGTERM, wait for the exit, remove the data directory (unless `keepData`: {@link removeData} later). */
  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
    if (!options.keepData) this.removeData();
  }

  removeData(): void {
    running.delete(this.child);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async waitUntilHealthy(script: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      try {
        if ((await fetch(`${this.url}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.stop();
    throw new Error(`${script} did not become healthy:\n${this.output}`);
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
