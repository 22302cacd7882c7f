import type { ReadStore } from '../projector/read-store.js';
import type { ProjectionCatalogEntry } from './projection-catalog.js';
import { ProjectionGenerations, type GenerationRow } from './projection-generations.js';

/** How long a retired generation's tables stay, for readers (other processes too) still on them. */
export const RETIRED_GRACE_MS = 30_000;

/**
 * Drops the tables of generations nobody reads any more: retired ones past the grace period, and
 * builds whose process stopped. Returns what was dropped.
 */
export function dropLeftoverGenerations(
  readStore: ReadStore,
  catalog: readonly ProjectionCatalogEntry[],
  now: Date,
  graceMs = RETIRED_GRACE_MS,
): GenerationRow[] {
  const generations = new ProjectionGenerations(readStore.db);
  const dropped: GenerationRow[] = [];
  for (const row of generations.leftovers(now, graceMs)) {
    const entry = catalog.find((candidate) => candidate.name === row.name);
    if (!entry) continue;
    const projection = entry.create(readStore, row.generation);
    readStore.db.transaction(() => {
      projection.drop(readStore.db);
      readStore.forget(projection.name);
      generations.forget(row.name, row.generation);
    })();
    dropped.push(row);
  }
  return dropped;
}
