import { isIdempotencyStreamName } from './idempotency-stream-name.js';

/**
 * Whether an event of the global log belongs to the port's callers: not a system event (`$`
 * stream or `$` type, e.g. `$>` links, `$metadata`, stats, tombstones) and not one of the
 * adapter's idempotency claims. The server-side `excludeSystemEvents()` filter only looks at the
 * event type, and readAll takes no filter in this client, so every read of $all checks this too.
 */
export function isCallerEvent(recorded: { streamId: string; type: string }): boolean {
  return !recorded.streamId.startsWith('$') && !recorded.type.startsWith('$') && !isIdempotencyStreamName(recorded.streamId);
}
