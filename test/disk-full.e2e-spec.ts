import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleCreated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { E2E_STORE, LedgerProcess } from './support/ledger-process.js';
import { expectProblem } from './support/problem-assertions.js';

const KEY = 'disk-full-key-0123456789abcdef';
const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }];

/** A small tmpfs for the data directory, or the reason there is none (not root, no tmpfs: the suite is skipped). */
function mountSmallDisk(): { dir: string } | { skipped: string } {
  if (E2E_STORE !== 'sqlite') return { skipped: 'the log is not on the local disk (LEDGER_E2E_STORE=eventstoredb)' };
  const dir = mkdtempSync(join(tmpdir(), 'ledger-disk-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `mount -t tmpfs failed (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})` };
  }
}

/** Writes zeros to `path` until the disk refuses more (ENOSPC). */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk.subarray(0, Math.max(1, chunk.length)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    // The last partial chunk: fill the final bytes too.
    for (let size = chunk.length / 2; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) writeSync(fd, chunk.subarray(0, size));
      } catch {
        // next smaller size
      }
    }
  } finally {
    closeSync(fd);
  }
}

const disk = mountSmallDisk();
if ('skipped' in disk) process.stderr.write(`disk-full suite skipped: ${disk.skipped}\n`);
const describeOnSmallDisk = 'dir' in disk ? describe : describe.skip;

/** A full disk refuses appends with a clear 503, loses nothing acknowledged, and heals once space is freed. */
describeOnSmallDisk('a full disk', () => {
  const dir = 'dir' in disk ? disk.dir : '';
  const filler = join(dir, 'filler');
  let ledger: LedgerProcess;
  const acknowledged: string[] = [];
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: keys, dataDir: dir });
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  /** Appends one ~4 KB event; remembers its id when acknowledged. */
  async function append(n: number) {
    const response = await ledger.request('POST', '/v1/audit-events', {
      apiKey: KEY,
      body: ruleCreated(`disk-${n}`, { metadata: { padding: 'p'.repeat(4000), n } }),
    });
    if (response.status === 201) acknowledged.push(response.json.eventId as string);
    return response;
  }

  it('answers appends with 503 STORE.DISK_FULL once the disk is full, saying so, and logs a warning', async () => {
    for (let n = 0; n < 20; n++) expect((await append(n)).status).toBe(201);
    fillDisk(filler);
    let refused;
    // SQLite may still reuse space inside its WAL for a few appends before one needs a new block.
    for (let n = 20; n < 2000 && refused === undefined; n++) {
      const response = await append(n);
      if (response.status !== 201) refused = response;
    }
    expect(refused).toBeDefined();
    expectProblem(refused!, 503, [dir, KEY]);
    expect(refused!.json).toMatchObject({ code: 'STORE.DISK_FULL', detail: expect.stringContaining('disk') });
    expect(refused!.json.detail).not.toMatch(/cannot be reached/);
    expect(refused!.headers.get('retry-after')).not.toBeNull();
    const warned = await eventually('a warn line about the full disk', () =>
      ledger.logs.split('\n').find((line) => line.includes('"code":"STORE.DISK_FULL"') && line.includes('"level":40')),
    );
    expect(warned).toContain('"occurrences":1');
  }, 120_000);

  it('takes appends again once a little space (2 MiB) is freed, without a restart, the read models leaving it to the log', async () => {
    truncateSync(filler, Math.max(0, statSync(filler).size - 2 * 1024 * 1024));
    for (let n = 5000; n < 5040; n++) {
      const response = await append(n);
      expect({ n, status: response.status, code: response.json?.code }).toEqual({ n, status: 201, code: undefined });
    }
  }, 60_000);

  it('lets reads see every acknowledged event within seconds: the projector catches up by itself', async () => {
    // The projector has caught up in a few seconds; what it needs beyond the freed space shows up here.
    const listed = await eventually(
      'every acknowledged event in the list',
      async () => {
        const ids = new Set<string>();
        let cursor: string | undefined;
        do {
          const page = await ledger.request('GET', `/v1/audit-events?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { apiKey: KEY });
          if (page.status !== 200) return undefined;
          for (const event of page.json.auditEvents as { eventId: string }[]) ids.add(event.eventId);
          cursor = page.json.hasMore ? page.json.nextCursor : undefined;
        } while (cursor);
        return acknowledged.every((id) => ids.has(id)) ? ids : undefined;
      },
      15_000,
    );
    expect(listed.size).toBeGreaterThanOrEqual(acknowledged.length);
    expect((await ledger.request('GET', '/v1/ledger', { apiKey: KEY })).json.length).toBe(acknowledged.length);
    await eventually('readiness back', async () => ((await ledger.request('GET', '/readyz')).status === 200 ? true : undefined), 15_000);
  }, 60_000);
});
