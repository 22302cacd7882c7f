import { AUDIT_EVENT_INDEX, AuditEventIndex } from './audit-event-index/audit-event-index.js';
import { LEDGER_HEADS, LedgerHeads } from './ledger-heads/ledger-heads.js';
import { MERKLE_TILES, MerkleTiles } from './merkle-tree/merkle-tiles.js';
import type { Projection } from './projector/projection.js';
import type { ReadStore } from './projector/read-store.js';
import type { ProjectionCatalogEntry } from './rebuild/projection-catalog.js';
import { ProjectionGenerations } from './rebuild/projection-generations.js';
import { RESOURCE_LIFECYCLES, ResourceLifecycles } from './resource-lifecycles/resource-lifecycles.js';
import { VALIDATION_INDEX, ValidationIndex } from './validation-index/validation-index.js';

/**
 * Every read model the service keeps: the ReadModels member queries reach it by, its name
 * (`npm run ledger -- projections rebuild <name>`) and how to make any generation of it. A new
 * read model is one entry here.
 */
export const LEDGER_READ_MODELS = {
  auditEvents: { name: AUDIT_EVENT_INDEX, create: (readStore: ReadStore, generation: number) => new AuditEventIndex(readStore, { generation }) },
  ledgerHeads: { name: LEDGER_HEADS, create: (readStore: ReadStore, generation: number) => new LedgerHeads(readStore, { generation }) },
  lifecycles: { name: RESOURCE_LIFECYCLES, create: (readStore: ReadStore, generation: number) => new ResourceLifecycles(readStore, { generation }) },
  validations: { name: VALIDATION_INDEX, create: (readStore: ReadStore, generation: number) => new ValidationIndex(readStore, { generation }) },
  merkleTiles: { name: MERKLE_TILES, create: (readStore: ReadStore, generation: number) => new MerkleTiles(readStore, { generation }) },
} as const satisfies Record<string, ProjectionCatalogEntry>;

/** The catalog as a list, in fold order. */
export const LEDGER_PROJECTION_CATALOG: readonly ProjectionCatalogEntry[] = Object.values(LEDGER_READ_MODELS);

/** Every read model at its live generation (as the file records it), as the projector folds them. */
export function createLedgerProjections(readStore: ReadStore): Projection[] {
  const live = new ProjectionGenerations(readStore.db).live(LEDGER_PROJECTION_CATALOG.map((entry) => entry.name));
  return LEDGER_PROJECTION_CATALOG.map((entry) => entry.create(readStore, live.get(entry.name)!));
}
