import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  type EventStoreDBClient,
  type Position,
  type ReadRevision,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import type { ReadStreamOptions } from '../event-store.port.js';
import { toSafeNumber } from './esdb-revisions.js';

/**
 * Reads a stream to the end of the requested range and returns its events. A stream that does
 * not exist reads as empty (the client raises StreamNotFoundError while iterating). Reads go to
 * the leader (`requiresLeader`), so they see every acknowledged append: the idempotency protocol
 * depends on it.
 */
export async function collectStream(client: EventStoreDBClient, streamName: string, options: ReadStreamOptions = {}): Promise<EsdbRecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  const maxCount = options.maxCount === undefined ? Number.MAX_SAFE_INTEGER : Math.max(0, Math.floor(options.maxCount));
  if (maxCount === 0) return [];
  const read = client.readStream(streamName, {
    direction: backwards ? BACKWARDS : FORWARDS,
    fromRevision: toReadRevision(options.fromRevision ?? (backwards ? 'end' : 'start')),
    maxCount,
    requiresLeader: true,
  });
  const events: EsdbRecordedEvent[] = [];
  try {
    for await (const resolved of read) if (resolved.event) events.push(resolved.event);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
}

/** Revision of the stream's last event; -1 when the stream does not exist. */
export async function readTailRevision(client: EventStoreDBClient, streamName: string): Promise<number> {
  const [last] = await collectStream(client, streamName, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
  return last === undefined ? -1 : toSafeNumber(last.revision, 'revision');
}

/** Reads up to `maxCount` events of $all, forwards from `from` (inclusive) or backwards from it. */
export async function collectAll(
  client: EventStoreDBClient,
  from: Position | typeof START | typeof END,
  maxCount: number,
  direction: typeof FORWARDS | typeof BACKWARDS = FORWARDS,
): Promise<EsdbRecordedEvent[]> {
  const events: EsdbRecordedEvent[] = [];
  for await (const resolved of client.readAll({ fromPosition: from, maxCount, direction, requiresLeader: true })) {
    if (resolved.event) events.push(resolved.event);
  }
  return events;
}

/**
 * The $all position at a port position: commit = prepare = n addresses the event committed at
 * n (see positionOf); 0 is the start of the log.
 */
export function toEsdbPosition(position: number): Position | typeof START {
  return position <= 0 ? START : { commit: BigInt(position), prepare: BigInt(position) };
}

function toReadRevision(from: number | 'start' | 'end'): ReadRevision {
  if (from === 'start') return START;
  if (from === 'end') return END;
  if (!Number.isSafeInteger(from) || from < 0) throw new RangeError(`fromRevision must be a non-negative integer, got ${from}`);
  return BigInt(from);
}
