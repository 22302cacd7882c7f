import { AuditEventIndex } from './audit-event-index/audit-event-index.js';
import { LedgerHeads } from './ledger-heads/ledger-heads.js';
import type { Projection } from './projector/projection.js';
import type { ReadStore } from './projector/read-store.js';

/** Every read model the service keeps, as the projector (in the worker, or a rebuild) folds them. */
export function createLedgerProjections(readStore: ReadStore): Projection[] {
  return [new AuditEventIndex(readStore), new LedgerHeads(readStore)];
}
