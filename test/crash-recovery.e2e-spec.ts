import { canonicalize, computeRecordHash } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import { transactionValidated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { listAll, untilLedgerCaughtUp } from './support/ledger-reads.js';

const KEY = 'crash-key-0123456789';
const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }];
const TOTAL = 2000;
const IN_FLIGHT = 200;
const KILL_AFTER = 800;

/** An acknowledged event survives a crash: SIGKILL mid-load, restart on the same data directory. */
describe('a crash (SIGKILL) in the middle of 2,000 concurrent appends', () => {
  it('loses no acknowledged event, leaves contiguous sequences, a chain that verifies, and appends on', async () => {
    const ledger = await LedgerProcess.start({ apiKeys: keys });
    const acknowledged: AuditRecord[] = [];
    const otherStatuses = new Map<number, number>();
    let answered = 0;
    let killed: Promise<void> | undefined;
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const i = next++;
        try {
          const response = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated(`tx-${i}`) });
          answered += 1;
          if (response.status === 201) acknowledged.push(response.json);
          else otherStatuses.set(response.status, (otherStatuses.get(response.status) ?? 0) + 1);
        } catch {
          // Connection refused or reset once the process is gone: not acknowledged.
        }
        if (answered >= KILL_AFTER) killed ??= ledger.kill();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await killed;
    expect(killed).toBeDefined();
    // Before the crash the service answered 201 to everything (a 5xx or 503 here would be a defect too).
    expect(Object.fromEntries(otherStatuses)).toEqual({});
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.length).toBeLessThan(TOTAL);

    const restarted = await LedgerProcess.start({ apiKeys: keys, dataDir: ledger.dataDir });
    try {
      const get = (path: string) => restarted.request('GET', path, { apiKey: KEY });
      await untilLedgerCaughtUp(restarted);

      const missing: string[] = [];
      for (const record of acknowledged) {
        const read = await get(`/v1/audit-events/${record.eventId}`);
        if (read.status !== 200 || canonicalize(read.json) !== canonicalize(record)) missing.push(`${record.eventId}: ${read.status}`);
      }
      expect(missing).toEqual([]);

      const head = (await get('/v1/ledger')).json;
      const all = await listAll(restarted, KEY);
      expect(all.map((r) => r.sequence)).toEqual(Array.from({ length: head.length }, (_, i) => i + 1));
      expect(head.length).toBeGreaterThanOrEqual(Math.max(...acknowledged.map((r) => r.sequence)));
      expect(head).toMatchObject({ headSequence: head.length, headHash: all[all.length - 1].hash });
      for (const record of all) expect(computeRecordHash(record)).toBe(record.hash);

      const verify = (await get('/v1/ledger/verify?max_records=100000')).json;
      expect(verify).toMatchObject({ intact: true, verifiedCount: head.length, firstBrokenSequence: null, nextFromSequence: null });

      const after = await restarted.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated('after-crash') });
      expect(after.status).toBe(201);
      expect(after.json).toMatchObject({ sequence: head.length + 1, previousHash: head.headHash });
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- restarted service output ---\n${restarted.logs.slice(-4000)}`);
    } finally {
      await restarted.stop();
      restarted.removeData();
    }
  }, 180_000);
});
