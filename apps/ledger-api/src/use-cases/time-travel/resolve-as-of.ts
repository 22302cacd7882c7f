import type { ReadModels } from '#read-models';
import { parseAsOf, type AsOfPoint } from './as-of.js';

/**
 * The ledger sequence an `as_of` stands for, never past the ledger's head: `seq:n` is n, a time is
 * the last sequence created at or before it (0 when the ledger had no event yet).
 * @throws InvalidQueryError for an `as_of` that does not parse.
 */
export function resolveAsOf(readModels: ReadModels, ledgerId: string, raw: string): AsOfPoint {
  const asOf = parseAsOf(raw);
  const head = readModels.ledgerHeads.get(ledgerId).headSequence;
  const sequence = asOf.kind === 'sequence' ? asOf.sequence : readModels.auditEvents.sequenceAt(ledgerId, asOf.dateTime);
  return { sequence: Math.min(sequence, head), requested: raw };
}
