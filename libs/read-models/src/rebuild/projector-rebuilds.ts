import { generationOfProjection, readModelNameOf } from '../projector/generation-names.js';
import { ProjectionNotFoundError } from '#ledger-domain';
import type { EventStore } from '#event-store';
import type { Projection } from '../projector/projection.js';
import type { Projector } from '../projector/projector.js';
import type { ReadStore } from '../projector/read-store.js';
import type { ProjectionCatalogEntry } from './projection-catalog.js';
import { ProjectionGenerations } from './projection-generations.js';
import { RebuildHistory } from './rebuild-history.js';
import { rebuildProjections } from './rebuild-projection.js';
import type { ProjectionStatus, RebuildStatus } from './rebuild-status.js';

export interface ProjectorRebuildsOptions {
  /** Told (synchronously) when a read model's live generation changed: by a rebuild here, or in the file. */
  onSwap?: (name: string, generation: number) => void;
  /** Told after every page a rebuild commits, and when it ends. */
  onProgress?: (name: string, status: RebuildStatus) => void;
  pageSize?: number;
  now?: () => Date;
}

/**
 * Rebuilds of a running projector's read models, while it keeps them and reads are served: each
 * rebuild fills a new generation beside the live one and, once it has caught up with the live
 * one, swaps it in between two of the projector's batches. Also follows swaps made in the file by
 * other processes (the CLI, another instance) — {@link followGenerations}.
 */
export class ProjectorRebuilds {
  private readonly generations: ProjectionGenerations;
  private readonly history: RebuildHistory;
  private readonly now: () => Date;

  constructor(
    private readonly projector: Projector,
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly catalog: readonly ProjectionCatalogEntry[],
    private readonly options: ProjectorRebuildsOptions = {},
  ) {
    this.generations = new ProjectionGenerations(readStore.db);
    this.history = new RebuildHistory(readStore.db);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Starts rebuilding `name` in the background; resolves once it has started (its generation is claimed).
   * @throws ProjectionNotFoundError for an unknown name; RebuildInProgressError while one runs (in any process).
   */
  start(name: string): Promise<{ generation: number; done: Promise<RebuildStatus> }> {
    const entry = this.catalog.find((candidate) => candidate.name === name);
    if (!entry) return Promise.reject(new ProjectionNotFoundError(name, this.catalog.map((e) => e.name)));
    return new Promise((started, refused) => {
      let status: RebuildStatus | undefined;
      const finished = rebuildProjections({
        store: this.store,
        readStore: this.readStore,
        entries: [entry],
        pageSize: this.options.pageSize,
        now: this.now,
        onStart: ([build]) => {
          status = { state: 'running', generation: build!.generation, position: 0, targetPosition: 0, events: 0, eventsPerSecond: 0, startedAt: this.now().toISOString() };
          this.report(name, status);
        },
        onProgress: (progress) => {
          Object.assign(status!, { position: progress.position, targetPosition: progress.targetPosition, events: progress.events, eventsPerSecond: progress.eventsPerSecond });
          this.report(name, status!);
        },
        tryPromote: (_entry, shadow, generation, position) => this.promote(entry.name, shadow, generation, position),
      }).then(
        () => this.finish(name, status!),
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (status) return this.finish(name, status);
          // Before onStart the generation could not be claimed: a refusal, not a rebuild that failed.
          refused(error);
          const at = this.now().toISOString();
          return { state: 'failed' as const, generation: 0, position: 0, targetPosition: 0, events: 0, eventsPerSecond: 0, startedAt: at, finishedAt: at, error: message };
        },
      );
      // onStart runs before rebuildProjections first awaits: by now the generation is claimed, or it was refused.
      const claimed = status as RebuildStatus | undefined;
      if (claimed) started({ generation: claimed.generation, done: finished });
    });
  }

  /** Every read model: live generation, checkpoint, and its last rebuild by any process sharing the file. */
  projections(): ProjectionStatus[] {
    const rebuilds = this.history.latest(this.catalog.map((entry) => entry.name), this.now());
    return this.catalog.map((entry) => {
      const live = this.projector.kept.find((projection) => readModelNameOf(projection.name) === entry.name);
      const generation = live ? generationOfProjection(live.name) : 0;
      const rebuild = rebuilds.get(entry.name);
      return { name: entry.name, generation, checkpoint: live ? this.projector.checkpointOf(live.name)! : 0, ...(rebuild ? { rebuild } : {}) };
    });
  }

  /**
   * Switches the projector to the live generation the file records for every read model, where
   * another process swapped one in. Synchronous: call between batches (a timer will do).
   */
  followGenerations(): void {
    const live = this.generations.live(this.catalog.map((entry) => entry.name));
    for (const entry of this.catalog) {
      const generation = live.get(entry.name)!;
      const current = this.projector.kept.find((projection) => readModelNameOf(projection.name) === entry.name);
      if (!current || generationOfProjection(current.name) === generation) continue;
      const replacement = entry.create(this.readStore, generation);
      this.readStore.register([replacement]);
      this.projector.replaceProjection(current.name, replacement);
      this.options.onSwap?.(entry.name, generation);
    }
  }

  private promote(name: string, shadow: Projection, generation: number, position: number): boolean {
    const live = this.projector.kept.find((projection) => readModelNameOf(projection.name) === name)!;
    // The live generation may be ahead (it keeps applying during the rebuild): catch up first.
    if (position < this.projector.checkpointOf(live.name)!) return false;
    this.readStore.db.transaction(() => this.generations.promote(name, generation, this.now()))();
    this.projector.replaceProjection(live.name, shadow);
    this.options.onSwap?.(name, generation);
    return true;
  }

  /** The outcome rebuildProjections recorded in the file. */
  private finish(name: string, running: RebuildStatus): RebuildStatus {
    const recorded = this.history.latest([name], this.now()).get(name);
    const finished = recorded?.generation === running.generation ? recorded : { ...running, state: 'failed' as const, error: 'its record is gone', finishedAt: this.now().toISOString() };
    this.report(name, finished);
    return finished;
  }

  private report(name: string, status: RebuildStatus): void {
    this.options.onProgress?.(name, { ...status });
  }
}
