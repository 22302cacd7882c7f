import type { AuditEventDraft } from '../audit-record.js';

/** A normalized lifecycle event to record, and optionally the version the client last saw. */
export interface LifecycleCommand {
  draft: AuditEventDraft;
  /** The resource's version (its event count) the client based the change on; any version when absent. */
  expectedVersion?: number;
}

/**
 * What decideLifecycle does when `context.before` differs from the state the ledger holds:
 * `reject` refuses the event (409); `flag` records it with `metadata.ledgerFlags.beforeImageMismatch`.
 */
export interface LifecyclePolicy {
  beforeImageMismatch: 'reject' | 'flag';
}
