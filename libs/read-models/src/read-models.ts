import { LEDGER_PROJECTION_CATALOG, LEDGER_READ_MODELS } from './ledger-projections.js';
import type { ReadStore } from './projector/read-store.js';
import { ProjectionGenerations } from './rebuild/projection-generations.js';

type ReadModelKey = keyof typeof LEDGER_READ_MODELS;
/** One member per catalog entry, typed as that entry's read model. */
type LiveReadModels = { [K in ReadModelKey]: ReturnType<(typeof LEDGER_READ_MODELS)[K]['create']> };

// The members come from the catalog (declaration merging): `readModels.auditEvents`, `.merkleTiles`, …
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface ReadModels extends LiveReadModels {}

/**
 * The live read models queries are answered from (DI token), each at its live generation, one
 * member per entry of LEDGER_READ_MODELS. A rebuild swaps one for a freshly built generation
 * ({@link use}); queries ask this holder each time, so they follow the swap.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ReadModels {
  constructor(readonly readStore: ReadStore) {
    const live = new ProjectionGenerations(readStore.db).live(LEDGER_PROJECTION_CATALOG.map((entry) => entry.name));
    for (const [name, generation] of live) this.use(name, generation);
  }

  /**
   * Answers from generation `generation` of the read model `name` from now on.
   * @throws Error for a name that is not a read model's.
   */
  use(name: string, generation: number): void {
    const key = (Object.keys(LEDGER_READ_MODELS) as ReadModelKey[]).find((candidate) => LEDGER_READ_MODELS[candidate].name === name);
    if (key === undefined) throw new Error(`no read model is named ${name}`);
    (this as unknown as Record<ReadModelKey, unknown>)[key] = LEDGER_READ_MODELS[key].create(this.readStore, generation);
  }
}
