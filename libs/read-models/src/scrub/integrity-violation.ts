import type { EnvelopeMismatch } from '#integrity';

/**
 * Every way the scrubber finds the log, its envelope or a read model's copy disagreeing:
 * - the log with itself: `hash-mismatch` (a record does not hash to its stored hash),
 *   `previous-hash-mismatch` (it does not link to the stored hash before it), `sequence-mismatch`
 *   (its sequence is not its place in the log), `missing-record` (the log skips a sequence, or is
 *   shorter than the read models), `unreadable-record` (stored bytes that are no JSON record);
 * - the log with its envelope: the {@link EnvelopeMismatch} kinds;
 * - the log with the read models: `index-missing` (the audit-event index has passed the record
 *   but holds no row for it), `index-differs` (its row is another record: another hash or id),
 *   `index-altered` (its row does not hash to its own hash), `tree-leaf-differs` (the Merkle
 *   tree's leaf is not the record's hash), `head-differs` (the ledger head names another hash).
 */
export type IntegrityViolationKind =
  | 'hash-mismatch'
  | 'previous-hash-mismatch'
  | 'sequence-mismatch'
  | 'missing-record'
  | 'unreadable-record'
  | EnvelopeMismatch
  | 'index-missing'
  | 'index-differs'
  | 'index-altered'
  | 'tree-leaf-differs'
  | 'head-differs';

/** One disagreement at one sequence of one ledger. */
export interface IntegrityViolation {
  ledgerId: string;
  sequence: number;
  kind: IntegrityViolationKind;
  /** A sentence saying what disagrees with what. */
  detail: string;
}
