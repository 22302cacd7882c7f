import type { AuditRecord } from '#ledger-domain';
import type { LedgerProcess } from './ledger-process.js';

/**
 * Every record the list endpoint returns for `query`, following `nextCursor` until `hasMore` is false.
 * Fails (throws) on a non-200 page or a cursor that does not advance.
 */
export async function listAll(ledger: LedgerProcess, apiKey: string, query = 'sort_order=ASC&limit=1000'): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | null = null;
  do {
    const path: string = `/v1/audit-events?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await ledger.request('GET', path, { apiKey });
    if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}: ${page.text}`);
    records.push(...page.json.auditEvents);
    cursor = page.json.hasMore ? page.json.nextCursor : null;
    if (cursor !== null && seenCursors.has(cursor)) throw new Error(`GET ${path}: nextCursor does not advance`);
    if (cursor !== null) seenCursors.add(cursor);
  } while (cursor !== null);
  return records;
}

/**
 * Polls /readyz until the service is ready and its projector has applied the whole log (lag 0),
 * e.g. after a restart. Throws after `timeoutMs`.
 */
export async function untilLedgerCaughtUp(ledger: LedgerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const ready = await ledger.request('GET', '/readyz');
    last = `${ready.status} ${ready.text}`;
    if (ready.status === 200 && ready.json?.checks?.projector?.lagEvents === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the ledger did not catch up within ${timeoutMs} ms; last /readyz: ${last}`);
}
