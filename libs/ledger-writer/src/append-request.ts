import type { AuditEventDraft, AuditRecord } from '#ledger-domain';

/** One client request: a single event or an atomic batch. */
export interface AppendRequest {
  drafts: readonly AuditEventDraft[];
  /** The client's Idempotency-Key header, if any. */
  idempotencyKey?: string;
  /**
   * Hex SHA-256 of the canonical normalized request: tells a retry from a different request.
   * Only computed (and needed) when the request carries an Idempotency-Key.
   */
  requestHash?: string;
  /** A batch (refusals name the event), or a single append. */
  batch?: boolean;
  /** Per draft: the version the client expects its rule or limit at (`expectedVersion`). */
  expectedVersions?: readonly (number | undefined)[];
}

export interface AppendOutcome {
  records: AuditRecord[];
  /** True when the Idempotency-Key matched an earlier identical request: nothing new was stored. */
  replayed: boolean;
  /** Global store position of the request's last event (for read-your-writes). */
  position: number;
}
