import { AcknowledgedMarks } from '#ledger-writer';
import { AcknowledgedMarksReadinessCheck } from './acknowledged-marks-readiness.check.js';

describe('the acknowledged-marks readiness check', () => {
  it('is ready while no ledger is refused', async () => {
    const marks = new AcknowledgedMarks();
    marks.acknowledge('a', { sequence: 3, hash: 'a'.repeat(64), source: 'writer' });
    await expect(new AcknowledgedMarksReadinessCheck(marks).check()).resolves.toEqual({ ready: true });
  });

  it('is not ready while a ledger is refused, naming the ledger, the mark and the log', async () => {
    const marks = new AcknowledgedMarks();
    const finding = { ledgerId: 'a', acknowledgedSequence: 300, acknowledgedHash: 'a'.repeat(64), source: 'read-models' as const, logLength: 297, logHashAtSequence: null };
    marks.refuse(finding);
    await expect(new AcknowledgedMarksReadinessCheck(marks).check()).resolves.toEqual({
      ready: false,
      detail: { code: 'LEDGER.LOG_BEHIND_ACKNOWLEDGED', ledgers: [finding] },
    });
  });
});
