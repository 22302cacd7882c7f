import type { Violation } from '../errors/violation.js';

/**
 * Adds a violation at `$` when the event, as JSON.stringify writes it, is more than `maxBytes`
 * UTF-8 bytes; the message states the size and the limit. Values JSON cannot serialize are
 * reported elsewhere and skipped here.
 */
export function checkRecordSize(event: object, maxBytes: number, violations: Violation[]): void {
  let bytes: number;
  try {
    bytes = Buffer.byteLength(JSON.stringify(event), 'utf8');
  } catch {
    return;
  }
  if (bytes > maxBytes) {
    violations.push({ path: '$', message: `the event is ${bytes} bytes as JSON; the limit is ${maxBytes} bytes (${formatKiB(maxBytes)})` });
  }
}

function formatKiB(bytes: number): string {
  const kib = bytes / 1024;
  return `${Number.isInteger(kib) ? kib : kib.toFixed(1)} KiB`;
}
