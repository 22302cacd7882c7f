import { createHash } from 'node:crypto';

/**
 * Prefix of the streams that hold idempotency claims. It has no `$` (system streams are
 * reserved), and the store hides these streams from readAll and subscribeToAll; port streams
 * must not start with it.
 */
export const IDEMPOTENCY_STREAM_PREFIX = 'idempotency-';

/**
 * The claim stream of one idempotency key of one stream: `idempotency-<sha256 hex>` over the
 * JSON array `[streamName, key]`, so that no two (stream, key) pairs share a name however they
 * are spelled (plain concatenation would make ("a-b","c") and ("a","b-c") collide), and the
 * name stays short and free of characters ESDB treats specially whatever the key holds.
 */
export function toIdempotencyStreamName(streamName: string, idempotencyKey: string): string {
  const digest = createHash('sha256').update(JSON.stringify([streamName, idempotencyKey]), 'utf8').digest('hex');
  return `${IDEMPOTENCY_STREAM_PREFIX}${digest}`;
}

/** Whether `streamName` belongs to the adapter's bookkeeping rather than to a caller. */
export function isIdempotencyStreamName(streamName: string): boolean {
  return streamName.startsWith(IDEMPOTENCY_STREAM_PREFIX);
}
