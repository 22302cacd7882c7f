import type Database from 'better-sqlite3';
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
import { createAppendTransaction, type AppendTransaction } from './sqlite-append.js';
import { toRecordedEvent } from './sqlite-event-row.js';
import { openLogDatabase } from './sqlite-schema.js';
import { prepareLogStatements, type LogStatements } from './sqlite-statements.js';
import { readStreamDataChunked } from './sqlite-stream-data.js';
import { SqliteSubscription } from './sqlite-subscription.js';
import { translateSqliteError } from './translate-sqlite-error.js';

export interface SqliteEventStoreOptions {
  /** Path of the log file (created if missing; its directory must exist), or ':memory:'. */
  filename: string;
  /** How often an idle subscription looks for events committed by other processes. Default 100 ms. */
  pollIntervalMs?: number;
  /**
   * How long an append waits for another process's write lock before it fails with
   * EventStoreUnavailableError. Default 5000 ms.
   */
  busyTimeoutMs?: number;
  hooks?: EventStoreHooks;
}

/**
 * The embedded log: one SQLite table in WAL mode with synchronous=FULL, through better-sqlite3.
 * Each append is one `BEGIN IMMEDIATE` transaction and resolves only after COMMIT, so it is
 * durable once acknowledged, and several processes may share the file without forking a stream.
 * The driver is synchronous: each method does its work before returning a settled promise.
 */
export class SqliteEventStore extends EventStore {
  private readonly db: Database.Database;
  private readonly statements: LogStatements;
  private readonly append: AppendTransaction;
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly pollIntervalMs: number;
  private readonly onAfterCommit: EventStoreHooks['onAfterCommit'];
  private readonly stopListening: () => void;
  private closed = false;

  private constructor(db: Database.Database, options: SqliteEventStoreOptions) {
    super();
    this.db = db;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.statements = prepareLogStatements(db);
    this.append = createAppendTransaction(db, this.statements);
    this.onAfterCommit = options.hooks?.onAfterCommit;
    this.stopListening = options.hooks?.externalCommits?.subscribe(() => this.wakeSubscriptions()) ?? (() => undefined);
  }

  /**
   * Opens the log at `options.filename`, creating the file and migrating its schema as needed.
   * @throws EventStoreUnavailableError when the file cannot be opened or was written by a newer schema.
   */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    try {
      return new SqliteEventStore(openLogDatabase(options.filename, options.busyTimeoutMs ?? 5000), options);
    } catch (error) {
      throw new EventStoreUnavailableError('the event log could not be opened', { cause: error });
    }
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('appendToStream needs at least one event');
    const result = this.run(() => this.append(streamName, events, options.expectedRevision));
    this.wakeSubscriptions();
    this.onAfterCommit?.(streamName, result);
    return result;
  }

  /** Subscriptions read on at once instead of at their next poll. */
  private wakeSubscriptions(): void {
    for (const subscription of this.subscriptions) subscription.notifyCommit();
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const fromRevision = from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : from;
    const limit = toLimit(options.maxCount);
    const statement = backwards ? this.statements.readBackwards : this.statements.readForwards;
    return this.run(() => statement.all(streamName, fromRevision, limit).map(toRecordedEvent));
  }

  async readStreamData(streamName: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<RecordedEventData[]> {
    return this.run(() => readStreamDataChunked(this.statements, streamName, options.fromRevision ?? 0, toLimit(options.maxCount)));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.readAfter(options.afterPosition ?? 0, toLimit(options.maxCount));
  }

  async headPosition(): Promise<number> {
    return this.run(() => this.statements.headPosition.get() ?? 0);
  }

  /** Reads the log in pages of 1000; after a close, the iteration ends (or, if started closed, rejects). */
  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    const subscription = new SqliteSubscription(
      (after, limit) => this.readAfter(after, limit),
      options.afterPosition ?? 0,
      this.pollIntervalMs,
      (ended) => this.subscriptions.delete(ended),
    );
    if (!this.closed) this.subscriptions.add(subscription);
    return subscription;
  }

  async findByIdempotencyKey(streamName: string, idempotencyKey: string): Promise<RecordedEvent | undefined> {
    const row = this.run(() => this.statements.findByIdempotencyKey.get(streamName, idempotencyKey));
    return row && toRecordedEvent(row);
  }

  async ping(): Promise<void> {
    this.run(() => this.statements.headPosition.get());
  }

  /** Ends every subscription and closes the file; later calls reject with EventStoreUnavailableError. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    this.db.close();
  }

  private readAfter(afterPosition: number, limit: number): RecordedEvent[] {
    return this.run(() => this.statements.readAfterPosition.all(afterPosition, limit).map(toRecordedEvent));
  }

  /** Runs a driver call on the open database, translating driver errors into the port's. */
  private run<T>(call: () => T): T {
    if (this.closed) throw new EventStoreUnavailableError('the event store is closed');
    try {
      return call();
    } catch (error) {
      throw translateSqliteError(error);
    }
  }
}

/** SQLite's LIMIT: -1 is unbounded; a negative count reads nothing rather than everything. */
function toLimit(maxCount: number | undefined): number {
  return maxCount === undefined ? -1 : Math.max(0, Math.floor(maxCount));
}
