import { InvalidQueryError, isRfc3339DateTime } from '#ledger-domain';

/** A point of a ledger's history: right after a sequence, or at an instant. */
export type AsOf = { kind: 'sequence'; sequence: number } | { kind: 'time'; dateTime: string };

/** What a time-travel answer says it is as of: the ledger sequence it folded to, and what was asked. */
export interface AsOfPoint {
  sequence: number;
  requested: string;
}

const SEQUENCE = /^seq:(\d{1,16})$/;

/**
 * Parses `as_of`: `seq:<n>` (the state right after ledger sequence n, 0 for before the first) or
 * an RFC 3339 date-time (the state once every event created at or before it was recorded).
 * @throws InvalidQueryError naming `as_of`.
 */
export function parseAsOf(raw: string): AsOf {
  const sequence = SEQUENCE.exec(raw);
  if (sequence && Number.isSafeInteger(Number(sequence[1]))) return { kind: 'sequence', sequence: Number(sequence[1]) };
  if (isRfc3339DateTime(raw)) return { kind: 'time', dateTime: raw };
  throw new InvalidQueryError([
    { path: 'as_of', message: 'as_of must be seq:<n> (a ledger sequence) or an RFC 3339 date-time such as 2026-11-22T10:00:00Z' },
  ]);
}
