import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '#event-store';

/**
 * A read model kept by the projector. `apply` runs inside the projector's transaction (with
 * the checkpoint update), so it must only write through `db` and must be idempotent per event.
 */
export interface Projection {
  /** Stable name: the checkpoint key and the prefix of its tables. */
  readonly name: string;
  /** Bump when the tables or the fold change: the projection is then dropped and rebuilt from the log. */
  readonly version: number;
  /** Creates the projection's tables if missing. */
  setup(db: Database): void;
  /** Drops the projection's tables (before a rebuild). */
  drop(db: Database): void;
  /** Folds one event into the tables. */
  apply(db: Database, event: RecordedEvent): void;
}
