import type { ExpectedRevision } from './expected-revision.js';
import type { AppendResult, EventToAppend, RecordedEvent, RecordedEventData } from './recorded-event.js';

export type ReadDirection = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** Default 'forwards'. */
  direction?: ReadDirection;
  /**
   * First revision to return (inclusive). Default: the start when reading forwards,
   * the end (last event) when reading backwards.
   */
  fromRevision?: number | 'start' | 'end';
  /** At most this many events. Default: all. */
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Return events with position strictly greater than this. Default: from the beginning. */
  afterPosition?: number;
  maxCount: number;
}

export interface SubscribeToAllOptions {
  /** Deliver events with position strictly greater than this. Default: from the beginning. */
  afterPosition?: number;
}

/**
 * A live subscription: an async iterable that yields every event committed after the
 * starting position exactly once, in position order, including events appended while it
 * runs (by this process or any other writer of the same store). It ends after `unsubscribe()`.
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  unsubscribe(): Promise<void>;
}

/**
 * The append-only log, shaped like EventStoreDB's streams API so that the embedded SQLite
 * store and EventStoreDB are two implementations of one contract
 * (libs/event-store/src/testing/event-store.contract.ts).
 *
 * Errors: every method raises only {@link EventStoreError} subclasses for store conditions
 * (WrongExpectedRevisionError, IdempotencyKeyTakenError, DuplicateEventIdError,
 * EventStoreUnavailableError); no driver type or message crosses the port.
 */
export abstract class EventStore {
  /**
   * Appends `events` (at least one) to the end of `streamName`, atomically: all are stored
   * with contiguous revisions, durably, or none is.
   * @throws WrongExpectedRevisionError when the stream's tail differs from `expectedRevision`.
   * @throws IdempotencyKeyTakenError when an event's idempotency key is already in the stream
   *   (or repeated in `events`).
   * @throws DuplicateEventIdError when an event id is already stored.
   */
  abstract appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;

  /** Reads a stream in revision order. A stream that does not exist reads as empty. */
  abstract readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /**
   * Like {@link readStream} (forwards only), but returns each event's stored data bytes without
   * decoding or parsing them: verification reads millions of records and checks their bytes, and
   * must see bytes that are not UTF-8 as they are. A stream that does not exist reads as empty.
   */
  abstract readStreamData(streamName: string, options?: { fromRevision?: number; maxCount?: number }): Promise<RecordedEventData[]>;

  /** Reads the global log in position order. */
  abstract readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;

  /** Position of the last event committed to the global log; 0 when the log is empty. */
  abstract headPosition(): Promise<number>;

  /** Subscribes to the global log; see {@link EventSubscription}. */
  abstract subscribeToAll(options?: SubscribeToAllOptions): EventSubscription;

  /** The event in `streamName` stored with this idempotency key, if any. */
  abstract findByIdempotencyKey(streamName: string, idempotencyKey: string): Promise<RecordedEvent | undefined>;

  /** Resolves when the store answers (readiness probe); rejects with EventStoreUnavailableError otherwise. */
  abstract ping(): Promise<void>;

  /** Ends subscriptions and releases the connection; further calls fail. */
  abstract close(): Promise<void>;
}
