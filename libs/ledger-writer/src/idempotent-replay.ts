import { IdempotencyKeyReusedError, type AuditRecord, type LedgerEventMetadata } from '#ledger-domain';
import type { EventStore, RecordedEvent } from '#event-store';
import type { AppendOutcome } from './append-request.js';

/**
 * The outcome of a request whose Idempotency-Key is already in the ledger: the original
 * records when the request is the same, IdempotencyKeyReusedError when it is not.
 */
export async function replayIdempotentRequest(
  store: EventStore,
  first: RecordedEvent,
  requestHash: string,
): Promise<AppendOutcome> {
  const metadata = first.metadata as unknown as LedgerEventMetadata;
  if (metadata.requestHash !== requestHash) {
    throw new IdempotencyKeyReusedError();
  }
  const count = metadata.requestEventCount ?? 1;
  const events =
    count === 1
      ? [first]
      : await store.readStream(first.streamName, { fromRevision: first.revision, maxCount: count });
  const records = events.map((event) => event.data as unknown as AuditRecord);
  return { records, replayed: true, position: events[events.length - 1]!.position };
}
