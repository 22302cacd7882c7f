import { transactionValidated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';

const KEY = 'two-processes-key-0123456789';
const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }];

/**
 * Two service processes on one store (the same data directory, or the same EventStoreDB with
 * LEDGER_E2E_STORE=eventstoredb): one chain, never forked, keys honoured across both.
 */
describe('two processes on the same data directory', () => {
  it('appends 5,000 concurrent events with repeated idempotency keys: no fork, no gap, no duplicate key', async () => {
    const one = await LedgerProcess.start({ apiKeys: keys });
    const two = await LedgerProcess.start({ apiKeys: keys, dataDir: one.dataDir });
    try {
      const eventIdByKey = new Map<string, Set<string>>();
      let next = 0;
      const worker = async () => {
        while (next < 5000) {
          const i = next++;
          const key = `key-${i % 3500}`;
          const target = i % 2 === 0 ? one : two;
          const response = await target.request('POST', '/v1/audit-events', {
            apiKey: KEY,
            body: transactionValidated(key),
            headers: { 'idempotency-key': key },
          });
          expect([200, 201]).toContain(response.status);
          if (!eventIdByKey.has(key)) eventIdByKey.set(key, new Set());
          eventIdByKey.get(key)!.add(response.json.eventId);
        }
      };
      await Promise.all(Array.from({ length: 64 }, worker));
      // Every repetition of a key got the one original event.
      for (const [key, ids] of eventIdByKey) expect({ key, ids: ids.size }).toEqual({ key, ids: 1 });
      const verify = await one.request('GET', '/v1/ledger/verify?max_records=100000', { apiKey: KEY });
      expect(verify.json).toMatchObject({ intact: true, verifiedCount: 3500, firstBrokenSequence: null });
    } finally {
      await Promise.all([one.stop(), two.stop()]);
      one.removeData();
    }
  }, 240_000);
});
