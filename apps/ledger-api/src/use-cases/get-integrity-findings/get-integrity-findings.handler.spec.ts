import Database from 'better-sqlite3';
import { IntegrityFindings, type IntegrityViolation } from '#read-models';
import { InvalidCursorError } from '#ledger-domain';
import { parseFindingCursor } from './finding-cursor.js';
import { GetIntegrityFindingsHandler } from './get-integrity-findings.handler.js';
import { GetIntegrityFindingsQuery } from './get-integrity-findings.query.js';

const violation = (ledgerId: string, sequence: number, kind: IntegrityViolation['kind']): IntegrityViolation => ({ ledgerId, sequence, kind, detail: `sequence ${sequence}: ${kind}` });

describe('getting the integrity findings of a ledger', () => {
  let db: Database.Database;
  let findings: IntegrityFindings;
  let handler: GetIntegrityFindingsHandler;
  const page = (limit: number, cursor?: string, openOnly = false) =>
    handler.execute(new GetIntegrityFindingsQuery('a', limit, cursor === undefined ? undefined : parseFindingCursor(cursor), openOnly));

  beforeEach(() => {
    db = new Database(':memory:');
    findings = new IntegrityFindings(db);
    handler = new GetIntegrityFindingsHandler(findings);
    findings.record([violation('a', 7, 'envelope-type'), violation('a', 3, 'index-differs'), violation('a', 3, 'tree-leaf-differs'), violation('b', 1, 'hash-mismatch')], 1_000);
  });
  afterEach(() => db.close());

  it('lists only the ledger’s findings, in sequence order, page by page, with the open count by kind', async () => {
    const first = await page(2);
    expect(first).toMatchObject({ ledgerId: 'a', openFindings: 3, byKind: { 'envelope-type': 1, 'index-differs': 1, 'tree-leaf-differs': 1 }, nextCursor: '3:tree-leaf-differs' });
    expect(first.findings.map((f) => [f.sequence, f.kind])).toEqual([[3, 'index-differs'], [3, 'tree-leaf-differs']]);
    expect(first.findings[0]).toEqual({ ledgerId: 'a', sequence: 3, kind: 'index-differs', detail: 'sequence 3: index-differs', firstSeenAt: '1970-01-01T00:00:01.000Z', lastSeenAt: '1970-01-01T00:00:01.000Z', resolvedAt: null });
    const second = await page(2, first.nextCursor!);
    expect(second.findings.map((f) => [f.sequence, f.kind])).toEqual([[7, 'envelope-type']]);
    expect(second.nextCursor).toBeNull();
  });

  it('resolves what a full walk no longer sees, and lists open findings only when asked', async () => {
    const run = { ledgerId: 'a', startedAt: 2_000, nextRevision: 10, previousHash: null, finishedAt: null };
    findings.record([violation('a', 7, 'envelope-type')], 2_500, run);
    findings.finish(run, 3_000);
    const all = await page(10);
    expect(all.openFindings).toBe(1);
    expect(all.findings.map((f) => [f.sequence, f.resolvedAt])).toEqual([[3, '1970-01-01T00:00:03.000Z'], [3, '1970-01-01T00:00:03.000Z'], [7, null]]);
    expect((await page(10, undefined, true)).findings.map((f) => f.sequence)).toEqual([7]);
    expect(findings.summary()).toMatchObject({ openFindings: 2, ledgers: [{ ledgerId: 'a', firstSequence: 7, openFindings: 1 }, { ledgerId: 'b', firstSequence: 1, openFindings: 1 }] });
  });

  it('refuses a cursor it did not make', () => {
    expect(() => parseFindingCursor('3;index')).toThrow(InvalidCursorError);
    expect(() => parseFindingCursor('')).toThrow(InvalidCursorError);
  });
});
