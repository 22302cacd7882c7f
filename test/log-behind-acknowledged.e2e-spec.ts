import Database from 'better-sqlite3';
import { join } from 'node:path';
import { transactionValidated } from './support/audit-event-fixtures.js';
import { E2E_STORE, LedgerProcess } from './support/ledger-process.js';
import { untilLedgerCaughtUp } from './support/ledger-reads.js';
import { appendValidations, KEY } from './support/transparency-log.js';

const API_KEYS = [{ key: KEY, ledgerId: 'tl', scopes: ['audit:write', 'audit:read'] }];
/** No signed checkpoint covers the records cut below: only the acknowledged marks can see the cut. */
const NO_CHECKPOINTS = { LEDGER_CHECKPOINT_INTERVAL_MS: '3600000' };

const describeOnSqlite = E2E_STORE === 'sqlite' ? describe : describe.skip;

/**
 * The log loses records it acknowledged — its tail cut with the service stopped, as a restored
 * older backup of events.db would — while the read models still hold them. The service must
 * never hand those sequences out again: the ledger is refused until an operator recovers it.
 */
describeOnSqlite('a log behind what the ledger acknowledged', () => {
  let ledger: LedgerProcess | undefined;
  afterEach(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  it('refuses appends with 503 LEDGER.LOG_BEHIND_ACKNOWLEDGED, reports not ready naming both numbers, still serves reads, logs an error', async () => {
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: NO_CHECKPOINTS });
    const records = await appendValidations(ledger, 300, 'cut');
    await untilLedgerCaughtUp(ledger);
    // A crash: no checkpoint is signed at shutdown, so none covers sequences 298..300.
    await ledger.kill();
    const db = new Database(join(ledger.dataDir, 'events.db'));
    db.prepare('DELETE FROM events WHERE revision >= ?').run(297);
    db.close();

    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: NO_CHECKPOINTS, dataDir: ledger.dataDir });
    const append = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated('after-the-cut') });
    expect(append.status).toBe(503);
    expect(append.headers.get('content-type')).toContain('application/problem+json');
    expect(append.json).toMatchObject({ code: 'LEDGER.LOG_BEHIND_ACKNOWLEDGED' });
    expect(append.json.detail).toMatch(/297 records, fewer than the 300 acknowledged/);
    const batch = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events: [transactionValidated('b-1')] } });
    expect([batch.status, batch.json.code]).toEqual([503, 'LEDGER.LOG_BEHIND_ACKNOWLEDGED']);

    const ready = await ledger.request('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.json.checks.acknowledged).toEqual({
      ready: false,
      code: 'LEDGER.LOG_BEHIND_ACKNOWLEDGED',
      ledgers: [{ ledgerId: 'tl', acknowledgedSequence: 300, acknowledgedHash: records[299]!.hash, source: 'read-models', logLength: 297, logHashAtSequence: null }],
    });

    // Reads are still served (from the read models, which hold what was acknowledged).
    expect((await ledger.request('GET', `/v1/audit-events/${records[299]!.eventId}`, { apiKey: KEY })).status).toBe(200);
    expect((await ledger.request('GET', '/v1/audit-events?limit=5', { apiKey: KEY })).status).toBe(200);
    expect((await ledger.request('GET', '/v1/ledger', { apiKey: KEY })).json).toMatchObject({ headSequence: 300, headHash: records[299]!.hash });
    expect(ledger.logs).toMatch(/"level":50.*ledger tl: sequence 300 .*the log holds 297 records.*LEDGER.LOG_BEHIND_ACKNOWLEDGED.*recover tl/);
    // The projector's checkpoint is a mark too: it is past the end of the log.
    expect(ledger.logs).toMatch(/"level":50.*the read models applied the log up to position \d+, but the log ends at position \d+/);

    // Nothing was appended: no sequence was handed out a second time.
    const db2 = new Database(join(ledger.dataDir, 'events.db'), { readonly: true });
    expect(db2.prepare(`SELECT count(*) FROM events WHERE stream_name = 'ledger-tl'`).pluck().get()).toBe(297);
    db2.close();
  }, 90_000);
});
