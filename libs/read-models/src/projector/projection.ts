import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '#event-store';

/**
 * A read model kept by the {@link Projector}. `apply` runs inside the projector's transaction,
 * together with the projection's checkpoint, so it must only write through `db`, synchronously;
 * if it throws, the whole batch rolls back and is retried. It should also be idempotent per
 * event (the projector already skips events at or below the checkpoint).
 *
 * Rebuilds: `ReadStore.register` drops and recreates a projection whose `version` changed, and the
 * projector then folds the log into it from position 0. The bundled projections take their table
 * names as options, so a second instance (its own `name`, hence its own checkpoint) can be built
 * into tables beside the live ones and swapped in.
 */
export interface Projection {
  /** Stable, unique per read store: the projection's checkpoint key. */
  readonly name: string;
  /** Bump when the tables or the fold change: the projection is then dropped and rebuilt from the log. */
  readonly version: number;
  /** Creates the projection's tables if missing. */
  setup(db: Database): void;
  /** Drops the projection's tables (before a rebuild). */
  drop(db: Database): void;
  /** Folds one event into the tables; ignores events it does not project. */
  apply(db: Database, event: RecordedEvent): void;
  /**
   * Optional: folds consecutive events (in position order) at once, when that is cheaper than one
   * `apply` each; must leave the tables as `apply` on each event in turn would. The projector
   * calls it, when present, instead of `apply`.
   */
  applyBatch?(db: Database, events: readonly RecordedEvent[]): void;
  /**
   * Optional, for rebuilds into empty tables: prepares a faster load (e.g. drops secondary
   * indexes); queries may not be served until {@link endBulkLoad}, which restores everything.
   */
  beginBulkLoad?(db: Database): void;
  endBulkLoad?(db: Database): void;
}
