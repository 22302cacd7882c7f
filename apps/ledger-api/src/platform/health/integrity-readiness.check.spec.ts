import Database from 'better-sqlite3';
import { IntegrityFindings } from '#read-models';
import { IntegrityReadinessCheck } from './integrity-readiness.check.js';

describe('the integrity readiness check', () => {
  let db: Database.Database;
  let findings: IntegrityFindings;
  beforeEach(() => {
    db = new Database(':memory:');
    findings = new IntegrityFindings(db);
  });
  afterEach(() => db.close());

  it('is ready while the scrubber has no open finding', async () => {
    await expect(new IntegrityReadinessCheck(findings).check()).resolves.toEqual({ ready: true });
  });

  it('is degraded with the summary while a finding is open, and ready again once a full walk no longer sees it', async () => {
    findings.record([{ ledgerId: 'a', sequence: 7, kind: 'envelope-hash', detail: "sequence 7: the metadata's hash is not the record's" }], 1_000);
    await expect(new IntegrityReadinessCheck(findings).check()).resolves.toEqual({
      ready: false,
      detail: { openFindings: 1, byKind: { 'envelope-hash': 1 }, ledgers: [{ ledgerId: 'a', firstSequence: 7, openFindings: 1 }] },
    });
    findings.finish({ ledgerId: 'a', startedAt: 2_000, nextRevision: 20, previousHash: null, finishedAt: null }, 3_000);
    await expect(new IntegrityReadinessCheck(findings).check()).resolves.toEqual({ ready: true });
  });
});
