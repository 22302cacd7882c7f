import type { RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import type { EventPayload, RecordedEvent } from '../recorded-event.js';
import { IDEMPOTENCY_KEY_MEMBER } from './encode-esdb-event.js';
import { toSafeNumber } from './esdb-revisions.js';

/** Decodes exactly, keeping a BOM; a byte sequence that is not UTF-8 fails. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns a recorded ESDB event into the port's. Data or metadata that no longer parses to a JSON
 * object (written around this adapter) makes it `unreadable`, as in the SQLite adapter.
 * @throws EventStoreUnavailableError when the server did not report the event's $all position.
 */
export function decodeEsdbEvent(recorded: EsdbRecordedEvent): RecordedEvent {
  const data = parseObject(recorded.isJson ? recorded.data : utf8OrUndefined(recorded.data));
  const metadata = storedMetadata(recorded);
  const key = metadata?.[IDEMPOTENCY_KEY_MEMBER];
  const readable = data !== undefined && metadata !== undefined;
  const { [IDEMPOTENCY_KEY_MEMBER]: _key, ...callerMetadata } = metadata ?? {};
  return {
    streamName: recorded.streamId,
    revision: toSafeNumber(recorded.revision, 'revision'),
    position: positionOf(recorded),
    eventId: recorded.id,
    type: recorded.type,
    data: readable ? data : {},
    metadata: readable ? callerMetadata : {},
    ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
    ...(readable ? {} : { unreadable: true as const }),
  };
}

/** The caller's metadata as stored (without the idempotency key the adapter keeps there); undefined when it is no JSON object. */
export function decodeEsdbMetadata(recorded: EsdbRecordedEvent): EventPayload | undefined {
  const metadata = storedMetadata(recorded);
  if (metadata === undefined) return undefined;
  const { [IDEMPOTENCY_KEY_MEMBER]: _key, ...callerMetadata } = metadata;
  return callerMetadata;
}

function storedMetadata(recorded: EsdbRecordedEvent): EventPayload | undefined {
  return parseObject(recorded.metadata instanceof Uint8Array ? undefined : (recorded.metadata ?? {}));
}

/**
 * The stored data bytes. Binary events (written with dataText) give their bytes as the server
 * sent them, undecoded. JSON events, which the client has already parsed, give the UTF-8 of
 * JSON.stringify of what it parsed: the adapter stored exactly JSON.stringify(data), and
 * JSON.parse then JSON.stringify reproduces such text byte for byte; text that did not parse
 * reaches us (from the client) unparsed and is returned as its UTF-8.
 */
export function decodeDataBytes(recorded: EsdbRecordedEvent): Uint8Array {
  if (!recorded.isJson) return recorded.data;
  return Buffer.from(typeof recorded.data === 'string' ? recorded.data : JSON.stringify(recorded.data), 'utf8');
}

/**
 * The event's place in the global log: its $all commit position. Events appended through the
 * gRPC API are committed one by one, so commit = prepare = the event's own log position, and
 * positions are distinct and increasing within a batch. Stream reads carry it from
 * EventStoreDB 22.6 on; older servers send none (0 or 2^64-1), which is refused.
 */
export function positionOf(recorded: EsdbRecordedEvent): number {
  const commit = recorded.position?.commit;
  if (commit === undefined || commit <= 0n || commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new EventStoreUnavailableError('EventStoreDB did not report the event position (EventStoreDB 22.10 or later is required)');
  }
  return toSafeNumber(commit, 'position');
}

function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A JSON object from parsed JSON or from JSON text; undefined for anything else. */
function parseObject(value: unknown): EventPayload | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && !(parsed instanceof Uint8Array)
    ? (parsed as EventPayload)
    : undefined;
}
