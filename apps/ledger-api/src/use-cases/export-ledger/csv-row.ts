import type { AuditRecord } from '#ledger-domain';

/** The CSV columns, one a record member (actor's members flattened); context and metadata are JSON cells. */
const COLUMNS: readonly [string, (record: AuditRecord) => unknown][] = [
  ['sequence', (r) => r.sequence],
  ['eventId', (r) => r.eventId],
  ['ledgerId', (r) => r.ledgerId],
  ['eventType', (r) => r.eventType],
  ['category', (r) => r.category],
  ['source', (r) => r.source],
  ['resourceType', (r) => r.resourceType],
  ['resourceId', (r) => r.resourceId],
  ['action', (r) => r.action],
  ['result', (r) => r.result],
  ['description', (r) => r.description],
  ['actorType', (r) => r.actor.actorType],
  ['actorId', (r) => r.actor.id],
  ['actorName', (r) => r.actor.name],
  ['actorRole', (r) => r.actor.role],
  ['actorIpAddress', (r) => r.actor.ipAddress],
  ['context', (r) => JSON.stringify(r.context)],
  ['metadata', (r) => JSON.stringify(r.metadata)],
  ['occurredAt', (r) => r.occurredAt],
  ['createdAt', (r) => r.createdAt],
  ['previousHash', (r) => r.previousHash],
  ['hash', (r) => r.hash],
];

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, RFC 4180: quoted when it holds a quote, comma, CR or LF, quotes doubled. A text that a
 * spreadsheet would run as a formula is prefixed with `'`, so opening the
 * export never executes anything; numbers are written as they are.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header line (CRLF-terminated, as every line). */
export function csvHeader(): string {
  return `${COLUMNS.map(([name]) => name).join(',')}\r\n`;
}

/** One record as a CSV line. */
export function csvRow(record: AuditRecord): string {
  return `${COLUMNS.map(([, cell]) => csvField(cell(record))).join(',')}\r\n`;
}
