import { AUDIT_EVENT_INDEX, AuditEventIndex } from './audit-event-index/audit-event-index.js';
import { LEDGER_HEADS, LedgerHeads } from './ledger-heads/ledger-heads.js';
import { MERKLE_TILES, MerkleTiles } from './merkle-tree/merkle-tiles.js';
import type { Projection } from './projector/projection.js';
import type { ReadStore } from './projector/read-store.js';
import type { ProjectionCatalogEntry } from './rebuild/projection-catalog.js';
import { ProjectionGenerations } from './rebuild/projection-generations.js';
import { RESOURCE_LIFECYCLES, ResourceLifecycles } from './resource-lifecycles/resource-lifecycles.js';
import { VALIDATION_INDEX, ValidationIndex } from './validation-index/validation-index.js';

/** Every read model the service keeps, by name (`npm run ledger -- projections rebuild <name>`). */
export const LEDGER_PROJECTION_CATALOG: readonly ProjectionCatalogEntry[] = [
  { name: AUDIT_EVENT_INDEX, create: (readStore, generation) => new AuditEventIndex(readStore, { generation }) },
  { name: LEDGER_HEADS, create: (readStore, generation) => new LedgerHeads(readStore, { generation }) },
  { name: MERKLE_TILES, create: (readStore, generation) => new MerkleTiles(readStore, { generation }) },
  { name: RESOURCE_LIFECYCLES, create: (readStore, generation) => new ResourceLifecycles(readStore, { generation }) },
  { name: VALIDATION_INDEX, create: (readStore, generation) => new ValidationIndex(readStore, { generation }) },
];

/** Every read model at its live generation (as the file records it), as the projector folds them. */
export function createLedgerProjections(readStore: ReadStore): Projection[] {
  const live = new ProjectionGenerations(readStore.db).live(LEDGER_PROJECTION_CATALOG.map((entry) => entry.name));
  return LEDGER_PROJECTION_CATALOG.map((entry) => entry.create(readStore, live.get(entry.name)!));
}
