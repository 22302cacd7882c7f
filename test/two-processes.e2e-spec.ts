import { transactionValidated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
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

  it('decides rule events against one history: racing activations of one rule, only one is recorded', async () => {
    const one = await LedgerProcess.start({ apiKeys: keys });
    const two = await LedgerProcess.start({ apiKeys: keys, dataDir: one.dataDir });
    try {
      const actor = { id: 'ana', actorType: 'user' };
      const rules = Array.from({ length: 20 }, (_, i) => `race-${i}`);
      const post = (target: LedgerProcess, eventType: string, resourceId: string, context: object = {}) =>
        target.request('POST', '/v1/audit-events', { apiKey: KEY, body: { eventType, resourceId, result: 'SUCCESS', actor, context } });
      for (const id of rules) {
        expect((await post(one, 'RULE_CREATED', id, { after: { name: id, expression: 'amount > 1', action: 'DENY' } })).status).toBe(201);
      }
      // Each rule is activated by both processes at once, several times over.
      const answers = await Promise.all(rules.flatMap((id) => [one, two, one, two].map((target) => post(target, 'RULE_ACTIVATED', id))));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(rules.length);
      expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
      expect(answers.filter((a) => a.status === 409).every((a) => a.json.code === 'LEDGER.RULE_ALREADY_ACTIVE')).toBe(true);
      for (const id of rules) {
        // Process one's read models see process two's events within a poll of the shared log.
        const types = await eventually(`the history of ${id} in process one`, async () => {
          const history = await one.request('GET', `/v1/rules/${id}/history`, { apiKey: KEY });
          const seen = history.json.history.map((h: { auditEvent: { eventType: string } }) => h.auditEvent.eventType);
          return seen.length >= 2 ? seen : undefined;
        });
        expect(types).toEqual(['RULE_CREATED', 'RULE_ACTIVATED']);
      }
    } finally {
      await Promise.all([one.stop(), two.stop()]);
      one.removeData();
    }
  }, 120_000);
});
