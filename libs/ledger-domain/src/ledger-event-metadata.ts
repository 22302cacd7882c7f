/** Version of the audit record wire contract (docs/INTEGRITY.md). */
export const AUDIT_RECORD_SCHEMA_VERSION = 1;

/**
 * What the ledger stores beside each record as the store event's metadata (EventStoreDB
 * metadata; the SQLite store's `metadata` column). Not part of the hashed record.
 */
export interface LedgerEventMetadata {
  schemaVersion: number;
  sequence: number;
  hash: string;
  previousHash: string;
  /** Present on the first event written for a request that carried an Idempotency-Key. */
  idempotencyKey?: string;
  /** Hex SHA-256 of the canonical request body, to tell a retry from a different request. */
  requestHash?: string;
  /** How many events that request wrote (1 for a single append, n for a batch). */
  requestEventCount?: number;
}
