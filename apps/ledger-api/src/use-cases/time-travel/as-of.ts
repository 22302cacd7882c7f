import { InvalidQueryError, isRfc3339DateTime } from '#ledger-domain';

/** A point of a ledger's history: right after a sequence, or at an instant. */
export type AsOf = { kind: 'sequence'; sequence: number } | { kind: 'time'; dateTime: string };

/** What a time-travel answer says it is as of: the ledger sequence it folded to, and what was asked. */
export interface AsOfPoint {
  sequence: number;
  requested: string;
}

const SEQUENCE = /^seq:(\d{1,16})$/;

/** The one message for a bad `as_of`, wherever it is checked. */
export const AS_OF_MESSAGE = 'as_of must be seq:<n> (a ledger sequence) or an RFC 3339 date-time such as 2026-11-22T10:00:00Z';

/** The `as_of` grammar, without throwing: the AsOf, or undefined when `raw` is not one. */
export function tryParseAsOf(raw: unknown): AsOf | undefined {
  if (typeof raw !== 'string') return undefined;
  const sequence = SEQUENCE.exec(raw);
  if (sequence && Number.isSafeInteger(Number(sequence[1]))) return { kind: 'sequence', sequence: Number(sequence[1]) };
  return isRfc3339DateTime(raw) ? { kind: 'time', dateTime: raw } : undefined;
}

/**
 * Parses `as_of`: `seq:<n>` (the state right after ledger sequence n, 0 for before the first) or
 * an RFC 3339 date-time (the state once every event created at or before it was recorded).
 * @throws InvalidQueryError naming `as_of`.
 */
export function parseAsOf(raw: string): AsOf {
  const asOf = tryParseAsOf(raw);
  if (asOf) return asOf;
  throw new InvalidQueryError([{ path: 'as_of', message: AS_OF_MESSAGE }]);
}
