import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditRecord } from '#ledger-domain';
import { ruleCreated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { E2E_STORE, LedgerProcess } from './support/ledger-process.js';
import { untilLedgerCaughtUp } from './support/ledger-reads.js';
import { editLog, rewriteFrom } from './support/log-tampering.js';
import { appendValidations, KEY } from './support/transparency-log.js';

const SCOPES = ['audit:write', 'audit:read', 'ledger:admin'];
/** Walks every ledger twice a second, so each test sees a walk that started after its edit. */
const SCRUB_OFTEN = { LEDGER_SCRUB_INTERVAL_MS: '500' };

/** What the scrubber found in the key's ledger once it lists a finding at `sequence` of `kind`. */
async function findingAt(ledger: LedgerProcess, apiKey: string, sequence: number, kind: string) {
  return eventually(`a ${kind} finding at sequence ${sequence}`, async () => {
    const page = (await ledger.request('GET', '/v1/admin/integrity?status=open&limit=1000', { apiKey })).json;
    return page?.findings?.some((f: { sequence: number; kind: string }) => f.sequence === sequence && f.kind === kind) ? page : undefined;
  }, 30_000);
}

async function notReadyForIntegrity(ledger: LedgerProcess) {
  return eventually('/readyz degraded by integrity findings', async () => {
    const response = await ledger.request('GET', '/readyz');
    return response.status === 503 && response.json?.checks?.integrity?.ready === false ? response.json.checks.integrity : undefined;
  }, 30_000);
}

/**
 * The scrubber: someone with write access to the store edits it behind the service's back, in
 * ways the hash chain alone does not show. The scrubber compares the log with its envelope and
 * with the read models, and says so: findings, a metric, an error line, /readyz degraded.
 */
const describeOnSqlite = E2E_STORE === 'sqlite' ? describe : describe.skip;

describeOnSqlite('the scrubber finds a consistent rewrite of history when the read models were kept', () => {
  let ledger: LedgerProcess | undefined;
  afterEach(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  it('finds the read models serving records the log no longer holds, from the first rewritten sequence on', async () => {
    const apiKeys = [{ key: KEY, ledgerId: 'tl', scopes: SCOPES }];
    ledger = await LedgerProcess.start({ apiKeys, env: SCRUB_OFTEN });
    const original = await appendValidations(ledger, 300, 'rewrite');
    await untilLedgerCaughtUp(ledger);
    await ledger.stop();
    const dataDir = ledger.dataDir;
    editLog(dataDir, (db) => rewriteFrom(db, 100));
    // Without its signed checkpoints the service had nothing to notice this by (transparency-log-tampering (c)).
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `checkpoints.db${suffix}`), { force: true });
    ledger = await LedgerProcess.start({ apiKeys, env: SCRUB_OFTEN, dataDir });

    const page = await findingAt(ledger, KEY, 100, 'index-differs');
    expect(page.findings.filter((f: { sequence: number }) => f.sequence < 100)).toEqual([]);
    await findingAt(ledger, KEY, 100, 'tree-leaf-differs');
    await findingAt(ledger, KEY, 300, 'head-differs');
    expect(page.openFindings).toBeGreaterThanOrEqual(2 * 201);
    const integrity = await notReadyForIntegrity(ledger);
    expect(integrity).toMatchObject({ ledgers: [{ ledgerId: 'tl', firstSequence: 100 }] });
    const metrics = (await ledger.request('GET', '/metrics', { apiKey: KEY })).text;
    expect(metrics).toMatch(/ledger_integrity_violations_total\{ledger="tl",kind="index-differs"\} [1-9]\d*/);
    await eventually('an error line naming the sequence', () => (/"level":50.*integrity violation: ledger tl sequence 100 index-differs/.test(ledger!.logs) ? true : undefined));
    // The hole the scrubber closes: the rewritten chain verifies, and reads serve the original.
    expect((await ledger.request('GET', '/v1/ledger/verify?max_records=1000', { apiKey: KEY })).json).toMatchObject({ intact: true, verifiedCount: 300 });
    expect((await ledger.request('GET', `/v1/audit-events/${original[99]!.eventId}`, { apiKey: KEY })).json.result).toBe(original[99]!.result);
  }, 120_000);
});

describeOnSqlite('an edited envelope column is found by the scrubber and by both verify endpoints', () => {
  const EDITS = [
    ['e1', 'event_id', `event_id = '${randomUUID()}'`, 'envelope-event-id', "the store's event id is not the record's eventId"],
    ['e2', 'type', `type = 'RULE_DELETED'`, 'envelope-type', "the store's type is not the record's eventType"],
    ['e3', 'metadata sequence', `metadata = json_set(metadata, '$.sequence', 99)`, 'envelope-sequence', "the metadata's sequence is not the record's"],
    ['e4', 'metadata hash', `metadata = json_set(metadata, '$.hash', '${'a'.repeat(64)}')`, 'envelope-hash', "the metadata's hash is not the record's"],
    ['e5', 'metadata previousHash', `metadata = json_set(metadata, '$.previousHash', '${'a'.repeat(64)}')`, 'envelope-previous-hash', "the metadata's previousHash is not the record's"],
  ] as const;
  const keyOf = (ledgerId: string) => `scrub-key-0123456789-${ledgerId}`;
  let ledger: LedgerProcess;
  const records = new Map<string, AuditRecord[]>();

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: EDITS.map(([ledgerId]) => ({ key: keyOf(ledgerId), ledgerId, scopes: SCOPES })), env: SCRUB_OFTEN });
    for (const [ledgerId] of EDITS) {
      const events = Array.from({ length: 20 }, (_, i) => ruleCreated(`rule-${ledgerId}-${i}`));
      const response = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: keyOf(ledgerId), body: { events } });
      expect(response.status).toBe(201);
      records.set(ledgerId, response.json.auditEvents);
    }
    await untilLedgerCaughtUp(ledger);
    const db = new Database(join(ledger.dataDir, 'events.db'));
    try {
      for (const [ledgerId, , set] of EDITS) expect(db.prepare(`UPDATE events SET ${set} WHERE stream_name = ? AND revision = 6`).run(`ledger-${ledgerId}`).changes).toBe(1);
    } finally {
      db.close();
    }
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  it.each(EDITS)('%s: %s', async (ledgerId, _column, _set, kind, phrase) => {
    const apiKey = keyOf(ledgerId);
    const page = await findingAt(ledger, apiKey, 7, kind);
    expect(page.findings.find((f: { kind: string }) => f.kind === kind)).toMatchObject({ ledgerId, sequence: 7, detail: `sequence 7: ${phrase}`, resolvedAt: null });
    const event = (await ledger.request('GET', `/v1/audit-events/${records.get(ledgerId)![6]!.eventId}/verify`, { apiKey })).json;
    expect(event).toMatchObject({ isValid: false, hashValid: true, sequence: 7 });
    expect(event.message).toContain(phrase);
    expect((await ledger.request('GET', `/v1/audit-events/${records.get(ledgerId)![5]!.eventId}/verify`, { apiKey })).json.isValid).toBe(true);
    const chain = (await ledger.request('GET', '/v1/ledger/verify', { apiKey })).json;
    expect(chain).toMatchObject({ intact: false, verifiedCount: 6, firstBrokenSequence: 7 });
    expect(chain.reason).toContain(phrase);
  }, 60_000);

  it('reports the findings in /readyz, by ledger', async () => {
    const integrity = await notReadyForIntegrity(ledger);
    expect(integrity.ledgers.map((l: { ledgerId: string; firstSequence: number }) => [l.ledgerId, l.firstSequence])).toEqual(EDITS.map(([ledgerId]) => [ledgerId, 7]));
  });
});
