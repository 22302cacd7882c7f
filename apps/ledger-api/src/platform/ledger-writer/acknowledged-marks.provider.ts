import { Logger, type FactoryProvider } from '@nestjs/common';
import type { LogBehindAcknowledgedFinding } from '#ledger-domain';
import { AcknowledgedMarks } from '#ledger-writer';
import type { ServiceStorage } from '#ledger-storage';
import { LEDGER_STORAGE } from '../storage/storage.module.js';

/**
 * The ledgers' high-water marks, seeded from the read models (each ledger's head: the highest
 * sequence and hash the projector saw in the log, persisted across restarts) and checked against
 * the log before the service takes traffic. Read models that lag only lower a mark; read models
 * ahead of the log, or holding another hash at their head, refuse the ledger.
 */
export const ACKNOWLEDGED_MARKS_PROVIDER: FactoryProvider<AcknowledgedMarks> = {
  provide: AcknowledgedMarks,
  inject: [LEDGER_STORAGE],
  useFactory: async ({ store, readModels, runner }: ServiceStorage) => {
    const log = new Logger('AcknowledgedMarks');
    const marks = new AcknowledgedMarks((finding) => log.error(describeRefusal(finding)));
    // The marks first, the log after: a mark read later might include appends the log read did not see.
    const projected = runner.checkpoint;
    for (const head of readModels.ledgerHeads.all()) {
      marks.acknowledge(head.ledgerId, { sequence: head.headSequence, hash: head.headHash, source: 'read-models' });
    }
    try {
      const logHead = await store.headPosition();
      if (projected > logHead) {
        log.error(`the read models applied the log up to position ${projected}, but the log ends at position ${logHead}: records were removed from the log (a restored backup?)`);
      }
      for (const ledgerId of marks.ledgerIds()) await marks.checkLedger(store, ledgerId);
    } catch (error) {
      // The store is not reachable yet (EventStoreDB down): every first tail read is checked anyway.
      log.warn(`could not check the log against the acknowledged marks at start: ${error instanceof Error ? error.message : String(error)}`);
    }
    return marks;
  },
};

/** The `error` line for a refused ledger: both numbers, and the way out. */
export function describeRefusal(f: LogBehindAcknowledgedFinding): string {
  const found = f.logHashAtSequence === null
    ? `the log holds ${f.logLength} records`
    : `the log holds ${f.logLength} records, but its record ${f.acknowledgedSequence} has hash ${f.logHashAtSequence}`;
  return (
    `ledger ${f.ledgerId}: sequence ${f.acknowledgedSequence} (hash ${f.acknowledgedHash}) was acknowledged (${f.source}), ${found}. ` +
    `Appends to this ledger are refused (LEDGER.LOG_BEHIND_ACKNOWLEDGED); stop the service and run \`npm run ledger -- recover ${f.ledgerId}\`.`
  );
}
