import { BACKWARDS, END, EventStoreDBClient, excludeSystemEvents } from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import {
  EventStore,
  type EventSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
} from '../event-store.port.js';
import type { EventStoreHooks } from '../event-store-hooks.js';
import type { ExpectedRevision } from '../expected-revision.js';
import type { AppendResult, EventToAppend, RecordedEvent, RecordedEventData } from '../recorded-event.js';
import { decodeDataBytes, decodeEsdbEvent, decodeEsdbMetadata, positionOf } from './decode-esdb-event.js';
import { appendEvents } from './esdb-append.js';
import { collectAll, collectStream, toEsdbPosition } from './esdb-reads.js';
import { toSafeNumber } from './esdb-revisions.js';
import { EsdbSubscription, type ResubscribeBackoff } from './esdb-subscription.js';
import { findClaimedEvent } from './idempotency-claims.js';
import { isCallerEvent } from './is-caller-event.js';
import { translateEsdbError } from './translate-esdb-error.js';

export interface EventStoreDbEventStoreOptions {
  /** E.g. `esdb://localhost:2113?tls=false`; the connection needs read access to $all. */
  connectionString: string;
  /** Re-subscription backoff after a dropped subscription. Default 100 ms doubling to 5 s. */
  resubscribeBackoff?: ResubscribeBackoff;
  /** `onAfterCommit` is called after each append; `externalCommits` is not needed (the server pushes). */
  hooks?: EventStoreHooks;
}

/** Events of $all read per request while looking for caller events among system events. */
const ALL_PAGE = 500;

/**
 * The EventStore port over EventStoreDB (22.10+) through @eventstore/db-client: one ESDB stream
 * per port stream, ESDB event id = eventId, positions = $all commit positions. How data, metadata
 * and keys are stored: encode-esdb-event.ts; the idempotency protocol and its guarantees:
 * esdb-append.ts. Event ids are not de-duplicated across streams (ESDB does not; contract option
 * `rejectsDuplicateEventIds: false`).
 */
export class EventStoreDbEventStore extends EventStore {
  private readonly subscriptions = new Set<EsdbSubscription>();
  private closed = false;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly backoff: ResubscribeBackoff,
    private readonly hooks: EventStoreHooks,
  ) {
    super();
  }

  /**
   * Creates the client; it connects lazily, so this succeeds while the server is down and the
   * first call (e.g. ping) reports EventStoreUnavailableError.
   * @throws EventStoreUnavailableError when the connection string is malformed.
   */
  static connect(options: EventStoreDbEventStoreOptions): EventStoreDbEventStore {
    try {
      const client = EventStoreDBClient.connectionString(options.connectionString);
      return new EventStoreDbEventStore(client, options.resubscribeBackoff ?? { initialMs: 100, maxMs: 5000 }, options.hooks ?? {});
    } catch (error) {
      throw new EventStoreUnavailableError('the EventStoreDB connection string is not valid', { cause: error });
    }
  }

  async appendToStream(streamName: string, events: readonly EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    this.assertOpen();
    const result = await appendEvents(this.client, streamName, events, options.expectedRevision);
    this.hooks.onAfterCommit?.(streamName, result);
    return result;
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (await this.run(() => collectStream(this.client, streamName, options))).map(decodeEsdbEvent);
  }

  async readStreamData(streamName: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<RecordedEventData[]> {
    const events = await this.run(() => collectStream(this.client, streamName, { fromRevision: options.fromRevision ?? 0, maxCount: options.maxCount }));
    return events.map((event) => ({
      revision: toSafeNumber(event.revision, 'revision'),
      position: positionOf(event),
      eventId: event.id,
      data: decodeDataBytes(event),
      type: event.type,
      metadata: decodeEsdbMetadata(event),
    }));
  }

  /** Pages through $all from the position, skipping system events and claims, until `maxCount` caller events or the end. */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const wanted = Math.max(0, Math.floor(options.maxCount));
    const found: RecordedEvent[] = [];
    let after = options.afterPosition ?? 0;
    while (found.length < wanted) {
      // The read starts at `after` inclusive; the event there (already seen) is skipped below.
      const page = await this.run(() => collectAll(this.client, toEsdbPosition(after), ALL_PAGE));
      let moved = false;
      for (const recorded of page) {
        const position = positionOf(recorded);
        if (position <= after) continue;
        after = position;
        moved = true;
        if (isCallerEvent(recorded)) found.push(decodeEsdbEvent(recorded));
        if (found.length === wanted) break;
      }
      if (page.length < ALL_PAGE || !moved) break;
    }
    return found;
  }

  /** The position of the last caller event in $all, reading backwards past system events; 0 if none. */
  async headPosition(): Promise<number> {
    let from: Parameters<typeof collectAll>[1] = END;
    for (;;) {
      const page = await this.run(() => collectAll(this.client, from, ALL_PAGE, BACKWARDS));
      const last = page.find(isCallerEvent);
      if (last) return positionOf(last);
      if (page.length < ALL_PAGE) return 0;
      const oldest = page[page.length - 1]!.position!;
      from = oldest;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    const subscription = new EsdbSubscription(
      (after) => {
        this.assertOpen();
        return this.client.subscribeToAll({ fromPosition: toEsdbPosition(after), filter: excludeSystemEvents() });
      },
      options.afterPosition ?? 0,
      this.backoff,
      (ended) => this.subscriptions.delete(ended),
    );
    if (!this.closed) this.subscriptions.add(subscription);
    return subscription;
  }

  async findByIdempotencyKey(streamName: string, idempotencyKey: string): Promise<RecordedEvent | undefined> {
    const event = await this.run(() => findClaimedEvent(this.client, streamName, idempotencyKey));
    return event && decodeEsdbEvent(event);
  }

  /** One small read of $all: the server answers, and the connection may read what the projector needs. */
  async ping(): Promise<void> {
    await this.run(() => collectAll(this.client, END, 1, BACKWARDS));
  }

  /** Ends every subscription and disposes the client; later calls reject with EventStoreUnavailableError. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    await this.client.dispose().catch(() => undefined); // nothing left to release on a failed dispose
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('the event store is closed');
  }

  private async run<T>(call: () => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await call();
    } catch (error) {
      throw translateEsdbError(error);
    }
  }
}
