import type { EventStore, RecordedEvent } from '#event-store';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import type { ProjectionCatalogEntry } from './projection-catalog.js';
import { ProjectionGenerations } from './projection-generations.js';
import { RebuildHistory } from './rebuild-history.js';

export interface RebuildProgress {
  /** The read models being built, with the generation each gets. */
  builds: { name: string; generation: number }[];
  /** The build has applied the log up to here. */
  position: number;
  /** The log's head when the build started (the goal of the bulk phase). */
  targetPosition: number;
  events: number;
  eventsPerSecond: number;
}

export interface RebuildOptions {
  store: EventStore;
  readStore: ReadStore;
  /** The read models to build, in one pass over the log. */
  entries: readonly ProjectionCatalogEntry[];
  /** Events read and applied per transaction. Default 5000. */
  pageSize?: number;
  /** Told once the builds have claimed their generations, before any page is read. */
  onStart?: (builds: { name: string; generation: number }[]) => void;
  onProgress?: (progress: RebuildProgress) => void;
  /**
   * Called (synchronously) after every committed page once the build has reached the log's head,
   * for each built read model not promoted yet: promote `shadow` now and return true, or return
   * false to apply more first. It runs between two awaits, so it can swap the live read model
   * atomically for this thread. Default (offline): promote the generation in the file.
   */
  tryPromote?: (entry: ProjectionCatalogEntry, shadow: Projection, generation: number, position: number) => boolean;
  now?: () => Date;
}

export interface RebuildResult {
  name: string;
  generation: number;
  position: number;
  events: number;
  seconds: number;
}

interface Build {
  entry: ProjectionCatalogEntry;
  generation: number;
  shadow: Projection;
  promoted: boolean;
}

/**
 * Rebuilds read models from the log into a new generation of their tables, beside the live ones
 * (which keep answering): pages through the whole log once, in large transactions — loading
 * without secondary indexes first where a read model supports it — then follows the head until
 * `tryPromote` swaps each in. Each build's progress and outcome go to the file's RebuildHistory,
 * so every process sharing the file reports it. A failed build leaves its 'building' generation
 * behind, whose heartbeat stops: dropLeftoverGenerations removes it.
 * @throws RebuildInProgressError when one of them is being rebuilt already; store errors.
 */
export async function rebuildProjections(options: RebuildOptions): Promise<RebuildResult[]> {
  const { readStore } = options;
  const now = options.now ?? (() => new Date());
  const generations = new ProjectionGenerations(readStore.db);
  const history = new RebuildHistory(readStore.db);
  const builds: Build[] = [];
  try {
    for (const entry of options.entries) {
      const generation = generations.beginBuild(entry.name, now());
      builds.push({ entry, generation, shadow: entry.create(readStore, generation), promoted: false });
    }
  } catch (error) {
    // Nothing was built yet: give the generations claimed so far back, so they can be rebuilt at once.
    for (const build of builds) generations.forget(build.entry.name, build.generation);
    throw error;
  }
  for (const build of builds) history.began(build.entry.name, build.generation, now());
  options.onStart?.(builds.map(({ entry, generation }) => ({ name: entry.name, generation })));
  try {
    const results = await buildAll(options, builds, generations, history, now);
    for (const build of builds) history.finished(build.entry.name, build.generation, { state: 'done', position: results[0]!.position }, now());
    return results;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    try {
      for (const build of builds) history.finished(build.entry.name, build.generation, { state: 'failed', error: message }, now());
    } catch {
      // The file itself failed (the error being reported): the stopped heartbeat tells the rest.
    }
    throw error;
  }
}

async function buildAll(options: RebuildOptions, builds: Build[], generations: ProjectionGenerations, history: RebuildHistory, now: () => Date): Promise<RebuildResult[]> {
  const { store, readStore } = options;
  const pageSize = options.pageSize ?? 5000;
  const shadows = builds.map((build) => build.shadow);
  const promote = options.tryPromote ?? ((entry, _shadow, generation) => offlinePromote(readStore, generations, entry.name, generation, now()));
  const started = performance.now();
  readStore.register(shadows);
  const bulk = shadows.filter((shadow) => shadow.beginBulkLoad);
  for (const shadow of bulk) shadow.beginBulkLoad!(readStore.db);
  let bulkLoading = bulk.length > 0;
  const targetPosition = await store.headPosition();
  let position = 0;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ afterPosition: position, maxCount: pageSize });
    if (page.length > 0) {
      applyPage(readStore, shadows, page);
      position = page[page.length - 1]!.position;
      events += page.length;
      const seconds = (performance.now() - started) / 1000;
      const progress = { position, targetPosition, events, eventsPerSecond: events / seconds };
      for (const build of builds) {
        generations.heartbeat(build.entry.name, build.generation, now());
        history.progressed(build.entry.name, build.generation, progress, now());
      }
      options.onProgress?.({ builds: builds.map(({ entry, generation }) => ({ name: entry.name, generation })), ...progress });
    }
    const atHead = page.length < pageSize;
    if (bulkLoading && (atHead || position >= targetPosition)) {
      readStore.db.transaction(() => bulk.forEach((shadow) => shadow.endBulkLoad!(readStore.db)))();
      bulkLoading = false;
    }
    if (atHead) {
      for (const build of builds) if (!build.promoted) build.promoted = promote(build.entry, build.shadow, build.generation, position);
      if (builds.every((build) => build.promoted)) break;
    }
    // A store that answers from memory resolves at once: let the live projector and timers run between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const seconds = (performance.now() - started) / 1000;
  return builds.map(({ entry, generation }) => ({ name: entry.name, generation, position, events, seconds }));
}

function applyPage(readStore: ReadStore, shadows: readonly Projection[], page: readonly RecordedEvent[]): void {
  const db = readStore.db;
  db.transaction(() => {
    for (const projection of shadows) {
      if (projection.applyBatch) projection.applyBatch(db, page);
      else for (const event of page) projection.apply(db, event);
      readStore.setCheckpoint(projection.name, page[page.length - 1]!.position);
    }
  })();
}

/** Without a running projector in this thread: the file's live generation moves; running projectors follow it. */
function offlinePromote(readStore: ReadStore, generations: ProjectionGenerations, name: string, generation: number, at: Date): boolean {
  readStore.db.transaction(() => generations.promote(name, generation, at))();
  return true;
}
