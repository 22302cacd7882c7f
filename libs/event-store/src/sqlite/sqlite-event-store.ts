import Database, { type Database as Db, type Statement } from 'better-sqlite3';
import { EventStore, type EventSubscription, type ReadAllOptions, type ReadStreamOptions, type SubscribeToAllOptions } from '../event-store.port.js';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import type { ExpectedRevision } from '../expected-revision.js';
import type { AppendResult, EventToAppend, RecordedEvent } from '../recorded-event.js';
import { checkExpectedRevision } from './check-expected-revision.js';
import { translateSqliteError } from './translate-sqlite-error.js';
import { prepareLogDatabase } from './sqlite-schema.js';
import { toRecordedEvent, type EventRow } from './sqlite-event-row.js';
import { createSqliteSubscription } from './sqlite-subscription.js';

export interface SqliteEventStoreOptions {
  /** Path of the log file, or ':memory:'. */
  filename: string;
  /** How often subscriptions look for events committed by other processes. Default 100 ms. */
  pollIntervalMs?: number;
}

/**
 * The embedded log: one SQLite table, WAL, synchronous=FULL. Each append is one
 * `BEGIN IMMEDIATE` transaction, so the write lock is held from reading the stream's tail to
 * COMMIT and two processes on one file can never fork a stream.
 */
export class SqliteEventStore extends EventStore {
  private readonly db: Db;
  private readonly statements: Record<'head' | 'tail' | 'insert' | 'forwards' | 'backwards' | 'all' | 'byKey' | 'ping', Statement<unknown[]>>;
  private readonly commitListeners = new Set<() => void>();
  private readonly pollIntervalMs: number;
  private closed = false;

  private constructor(options: SqliteEventStoreOptions) {
    super();
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    try {
      this.db = new Database(options.filename);
      prepareLogDatabase(this.db);
    } catch (error) {
      throw new EventStoreUnavailableError('the event log could not be opened', { cause: error });
    }
    const db = this.db;
    this.statements = {
      head: db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
      tail: db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_name = ?').pluck(),
      insert: db.prepare(
        'INSERT INTO events (stream_name, revision, event_id, type, data, metadata, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      forwards: db.prepare('SELECT * FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision ASC LIMIT ?'),
      backwards: db.prepare('SELECT * FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?'),
      all: db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
      byKey: db.prepare('SELECT * FROM events WHERE stream_name = ? AND idempotency_key = ?'),
      ping: db.prepare('SELECT 1').pluck(),
    };
  }

  /** Opens (creating if needed) the log at `options.filename`. */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    return new SqliteEventStore(options);
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('appendToStream needs at least one event');
    const result = this.guard(
      () =>
      this.db
        .transaction(() => {
          const tail = this.statements.tail.get(streamName) as number | null;
          const current = tail === null ? -1 : tail;
          checkExpectedRevision(streamName, options.expectedRevision, current);
          let revision = current;
          let position = 0;
          for (const event of events) {
            revision += 1;
            const info = this.statements.insert.run(
              streamName,
              revision,
              event.eventId,
              event.type,
              JSON.stringify(event.data),
              JSON.stringify(event.metadata),
              event.idempotencyKey ?? null,
            );
            position = Number(info.lastInsertRowid);
          }
          return { nextExpectedRevision: revision, position };
        })
        .immediate(),
      streamName,
    );
    for (const listener of this.commitListeners) listener();
    return result;
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const max = options.maxCount ?? -1;
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const start = from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : from;
    const statement = backwards ? this.statements.backwards : this.statements.forwards;
    return this.guard(() => (statement.all(streamName, start, max) as EventRow[]).map(toRecordedEvent));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.readAfter(options.afterPosition ?? 0, options.maxCount);
  }

  async headPosition(): Promise<number> {
    return this.guard(() => this.statements.head.get() as number);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    this.guard(() => undefined);
    const subscription = createSqliteSubscription(
      {
        readAfter: (after, max) => (this.closed ? [] : this.readAfter(after, max)),
        waitForChange: (pollMs, wake) => this.waitForChange(pollMs, wake),
      },
      options.afterPosition ?? 0,
      this.pollIntervalMs,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async findByIdempotencyKey(streamName: string, idempotencyKey: string): Promise<RecordedEvent | undefined> {
    const row = this.guard(() => this.statements.byKey.get(streamName, idempotencyKey) as EventRow | undefined);
    return row ? toRecordedEvent(row) : undefined;
  }

  async ping(): Promise<void> {
    this.guard(() => this.statements.ping.get());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.all([...this.subscriptions].map((s) => s.unsubscribe()));
    this.closed = true;
    for (const listener of this.commitListeners) listener();
    this.db.close();
  }

  private readonly subscriptions = new Set<EventSubscription>();

  private readAfter(afterPosition: number, maxCount: number): RecordedEvent[] {
    return this.guard(() => (this.statements.all.all(afterPosition, maxCount) as EventRow[]).map(toRecordedEvent));
  }

  private waitForChange(pollMs: number, wake: Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.commitListeners.delete(done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      this.commitListeners.add(done);
      void wake.then(done);
    });
  }

  /** Runs a driver call, translating every driver error into the port's errors. */
  private guard<T>(run: () => T, streamName?: string): T {
    if (this.closed) throw new EventStoreUnavailableError('the event store is closed');
    try {
      return run();
    } catch (error) {
      throw translateSqliteError(error, streamName);
    }
  }
}
