import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';

/** A read model the service keeps, by its stable name, and how to make any generation of it. */
export interface ProjectionCatalogEntry {
  /** The read model's name (the checkpoint name of generation 0). */
  readonly name: string;
  create(readStore: ReadStore, generation: number): Projection;
}
