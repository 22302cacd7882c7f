import type { EventStoreLocation } from '#event-store';
import type { ProjectorStatus } from '../projector-status.js';
import type { RebuildStatus } from '../../rebuild/rebuild-status.js';
import type { WorkerError } from './worker-error.js';

/** What the worker is started with: where the log and the read models are (StorageLocation derives both). */
export interface ProjectionWorkerData {
  eventStore: EventStoreLocation;
  readModelsFile: string;
}

/** Service → worker. */
export type ToProjectionWorker =
  /** The service committed up to `position`: read on now. */
  | { kind: 'committed'; position: number }
  /** Rebuild a read model into a new generation and swap it in; answered by rebuild-started or rebuild-refused. */
  | { kind: 'rebuild'; id: number; name: string }
  /** Finish the batch in flight, close, then answer `stopped` and exit. */
  | { kind: 'stop' };

/** Worker → service. */
export type FromProjectionWorker =
  /** The read-model tables exist (created or migrated); the projector runs. */
  | { kind: 'ready'; status: ProjectorStatus }
  /** After every committed batch and every failure. */
  | { kind: 'status'; status: ProjectorStatus }
  | { kind: 'stopped'; status: ProjectorStatus }
  /** The worker could not start (e.g. the read-model file cannot be opened). */
  | { kind: 'failed'; error: WorkerError }
  | { kind: 'rebuild-started'; id: number; name: string; generation: number }
  | { kind: 'rebuild-refused'; id: number; name: string; error: WorkerError }
  | { kind: 'rebuild-progress'; name: string; status: RebuildStatus }
  /** Queries must read generation `generation` of `name` from now on (sent before any status past the swap). */
  | { kind: 'swapped'; name: string; generation: number };
