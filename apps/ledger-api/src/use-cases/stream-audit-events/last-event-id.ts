import { InvalidQueryError } from '#ledger-domain';

/**
 * The sequence a stream resumes after: the Last-Event-ID header (what EventSource sends on reconnect).
 * Undefined when absent (the stream starts at the ledger's head: new events only).
 * @throws InvalidQueryError (400) when the header is not a non-negative integer.
 */
export function parseLastEventId(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const text = Array.isArray(header) ? header[0] : header;
  if (text === undefined || text.trim() === '') return undefined;
  const value = text.trim();
  if (!/^(0|[1-9][0-9]{0,15})$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidQueryError([{ path: 'Last-Event-ID', message: 'Last-Event-ID must be the sequence (a non-negative integer) of the last event received' }]);
  }
  return Number(value);
}
