import { ruleCreated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';

const KEY = 'esdb-down-key-0123456789';

/**
 * LEDGER_STORE=eventstoredb with nothing listening: the service must start, say it is not ready,
 * and refuse writes with a problem+json 503 — not crash. (No EventStoreDB server exists on the
 * machines this suite runs on; port 1 on loopback refuses connections.)
 */
describe('on EventStoreDB while EventStoreDB is down', () => {
  let ledger: LedgerProcess;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }],
      env: { LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:1?tls=false' },
    });
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  it('is alive but not ready, naming the store', async () => {
    expect((await ledger.request('GET', '/health')).status).toBe(200);
    const ready = await ledger.request('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json.checks.store.ready).toBe(false);
  });

  it('refuses an append with 503 problem+json and Retry-After, leaking nothing of the connection', async () => {
    const response = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('r-1') });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.headers.get('retry-after')).not.toBeNull();
    expect(response.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|grpc/i);
  }, 60_000);
});
