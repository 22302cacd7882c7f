import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The store the end-to-end suites run against: the embedded SQLite store, or EventStoreDB when
 * LEDGER_E2E_STORE=eventstoredb and EVENTSTORE_CONNECTION_STRING are set (`npm run test:e2e:eventstoredb`,
 * against a fresh server such as `--mem-db`: the suites expect their ledgers to start empty).
 */
export const E2E_STORE: 'sqlite' | 'eventstoredb' =
  process.env['LEDGER_E2E_STORE'] === 'eventstoredb' && process.env['EVENTSTORE_CONNECTION_STRING'] ? 'eventstoredb' : 'sqlite';

const STORE_ENV: Record<string, string> =
  E2E_STORE === 'eventstoredb'
    ? { LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: process.env['EVENTSTORE_CONNECTION_STRING']! }
    : {};

/** The built service entry point (`npm test` builds first: see the `pretest` script). */
export const MAIN_JS = resolve(process.cwd(), 'dist/apps/ledger-api/src/main.js');

export interface ApiKeyConfig {
  key: string;
  ledgerId: string;
  scopes: string[];
  rateLimitPerMinute?: number;
}

export interface LedgerProcessOptions {
  /** Reuse a data directory (restart after a crash); default: a fresh temp dir. */
  dataDir?: string;
  apiKeys?: ApiKeyConfig[];
  env?: Record<string, string>;
}

/** A running ledger-api child process on a free loopback port. */
export class LedgerProcess {
  private output = '';
  private exited: Promise<number | null>;
  private exitExpected = false;

  private constructor(
    readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly dataDir: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
    // A service that dies while a suite still talks to it shows up as ECONNREFUSED/RESET or a
    // bare 503 in some later test; say when and how it ended, with its last output.
    child.once('exit', (code, signal) => {
      if (this.exitExpected) return;
      process.stderr.write(
        `ledger-api pid ${child.pid} (${baseUrl}) exited unexpectedly: code ${code}, signal ${signal}\n${this.output.slice(-2000)}\n`,
      );
    });
  }

  /** Starts the service and resolves once /health answers 200. */
  static async start(options: LedgerProcessOptions = {}): Promise<LedgerProcess> {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
    const port = await freePort();
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // No readiness drain before the listener closes (operations.e2e-spec.ts tests it).
      LEDGER_SHUTDOWN_DRAIN_MS: '0',
      ...(options.apiKeys ? { LEDGER_API_KEYS: JSON.stringify(options.apiKeys) } : {}),
      ...STORE_ENV,
      ...options.env,
    };
    const child = spawn(process.execPath, [MAIN_JS], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ledger = new LedgerProcess(child, `http://127.0.0.1:${port}`, dataDir);
    await ledger.waitUntilHealthy();
    return ledger;
  }

  /** Everything the process printed so far (stdout and stderr). */
  get logs(): string {
    return this.output;
  }

  /** Sends a request with JSON body handling; `body` objects are JSON-encoded. */
  async request(method: string, path: string, options: { apiKey?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.apiKey) headers['x-api-key'] = options.apiKey;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  }

  /** SIGTERM and wait for exit; resolves to the exit code. */
  async stop(): Promise<number | null> {
    this.exitExpected = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }

  /** SIGKILL (a crash) and wait for exit. */
  async kill(): Promise<void> {
    this.exitExpected = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Removes the data directory (after stop). */
  removeData(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async waitUntilHealthy(): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`ledger-api exited (${this.child.exitCode}):\n${this.output}`);
      try {
        const response = await fetch(`${this.baseUrl}/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`ledger-api did not become healthy:\n${this.output}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
