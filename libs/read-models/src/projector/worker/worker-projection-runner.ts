import { Worker } from 'node:worker_threads';
import { ProjectionNotFoundError } from '#ledger-domain';
import { LEDGER_PROJECTION_CATALOG } from '../../ledger-projections.js';
import type { ProjectionAdmin } from '../../rebuild/projection-admin.js';
import { PositionWaiters } from '../position-waiters.js';
import { ProjectionRunner } from '../projection-runner.js';
import type { ProjectorStatus } from '../projector-status.js';
import type { ProjectionStatus } from '../../rebuild/rebuild-status.js';
import type { FromProjectionWorker, ProjectionWorkerData, ToProjectionWorker } from './projection-worker.messages.js';
import { fromWorkerError } from './worker-error.js';
import { WORKER_HEAP_LIMITS } from '../../worker-heap-limits.js';

const WORKER_SCRIPT = new URL('./projection-worker.main.js', import.meta.url);
const STOP_TIMEOUT_MS = 15_000;

export interface WorkerProjectionRunnerOptions {
  /** Pause before a worker that died is started again. Default 1000 ms. */
  restartDelayMs?: number;
  /** Told when the worker dies or fails to start (the service logs it). */
  onFailure?: (message: string) => void;
  /** The worker's entry point: the built projection-worker.main.js beside this file unless given (tests running from sources give the built one). */
  workerScript?: URL;
}

/**
 * Runs the projector in a worker thread, so that folding events into the read models never
 * holds up the service's event loop (requests, appends), and both cores work. Mirrors the
 * worker's status from its messages; a worker that dies is started again after a pause and
 * resumes from its checkpoint.
 */
export class WorkerProjectionRunner extends ProjectionRunner implements ProjectionAdmin {
  private worker: Worker | undefined;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly waiters = new PositionWaiters();
  private current: ProjectorStatus = { running: false, checkpoint: 0, lastSeenPosition: 0, lastAppliedAt: null, lastError: null };
  private readonly restartDelayMs: number;
  private readonly swapListeners: ((name: string, generation: number) => void)[] = [];
  private readonly rebuildRequests = new Map<number, { resolve: (started: { generation: number }) => void; reject: (error: Error) => void }>();
  private nextRequestId = 1;
  private projectionStatuses: ProjectionStatus[] = [];

  constructor(
    private readonly data: ProjectionWorkerData,
    private readonly options: WorkerProjectionRunnerOptions = {},
  ) {
    super();
    this.restartDelayMs = options.restartDelayMs ?? 1000;
  }

  get checkpoint(): number {
    return this.current.checkpoint;
  }

  /** Starts the worker; resolves once its read-model tables exist. @throws when it cannot start. */
  start(): Promise<void> {
    this.stopping = false;
    return new Promise((resolve, reject) => {
      const worker = (this.worker = new Worker(this.options.workerScript ?? WORKER_SCRIPT, { workerData: this.data, resourceLimits: WORKER_HEAP_LIMITS }));
      let ready = false;
      worker.on('message', (message: FromProjectionWorker) => {
        if (message.kind === 'failed') {
          this.fail(message.error.message);
          if (!ready) reject(new Error(`the projection worker could not start: ${message.error.message}`));
          return;
        }
        this.receive(message);
        if (message.kind === 'ready' && !ready) {
          ready = true;
          resolve();
        }
      });
      worker.on('error', (error) => this.fail(error.message));
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        for (const request of this.rebuildRequests.values()) request.reject(new Error('the projection worker stopped'));
        this.rebuildRequests.clear();
        this.update({ ...this.current, running: false });
        if (!ready) reject(new Error(`the projection worker exited with code ${code} before it was ready`));
        else if (!this.stopping) this.restartLater(`the projection worker exited with code ${code}`);
      });
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (worker) {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      this.post({ kind: 'stop' });
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    this.waiters.settleAll(false);
  }

  waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(position, this.current.checkpoint, timeoutMs);
  }

  status(): ProjectorStatus {
    return { ...this.current, running: this.current.running && !this.stopping };
  }

  /** Called (in message order, before any later checkpoint is known) when a read model's live generation changes. */
  onSwap(listener: (name: string, generation: number) => void): void {
    this.swapListeners.push(listener);
  }

  rebuild(name: string): Promise<{ generation: number }> {
    const names = LEDGER_PROJECTION_CATALOG.map((entry) => entry.name);
    if (!names.includes(name)) return Promise.reject(new ProjectionNotFoundError(name, names));
    if (!this.worker) return Promise.reject(new Error('the projection worker is not running'));
    const id = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      this.rebuildRequests.set(id, { resolve, reject });
      this.post({ kind: 'rebuild', id, name });
    });
  }

  projections(): ProjectionStatus[] {
    return this.projectionStatuses.map((status) => ({ ...status }));
  }

  /**
   * This process committed up to `position` through its own connection (the store's onAfterCommit
   * hook calls this): the worker's subscription reads on at once instead of at its next poll.
   */
  notifyCommitted(position: number): void {
    if (position > this.current.lastSeenPosition) this.post({ kind: 'committed', position });
  }

  private post(message: ToProjectionWorker): void {
    this.worker?.postMessage(message);
  }

  private receive(message: Exclude<FromProjectionWorker, { kind: 'failed' }>): void {
    switch (message.kind) {
      case 'ready':
      case 'status':
      case 'stopped':
        return this.update(message.status);
      case 'swapped':
        for (const listener of this.swapListeners) listener(message.name, message.generation);
        return;
      case 'rebuild-progress': {
        const projection = this.projectionStatuses.find((p) => p.name === message.name);
        if (projection) projection.rebuild = message.status;
        return;
      }
      case 'rebuild-started':
        this.rebuildRequests.get(message.id)?.resolve({ generation: message.generation });
        this.rebuildRequests.delete(message.id);
        return;
      case 'rebuild-refused': {
        this.rebuildRequests.get(message.id)?.reject(fromWorkerError(message.error));
        this.rebuildRequests.delete(message.id);
        return;
      }
      default: {
        const unexpected: never = message;
        throw new Error(`unexpected message from the projection worker: ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private update(status: ProjectorStatus): void {
    const { projections, ...rest } = status;
    if (projections) this.projectionStatuses = projections;
    this.current = rest;
    this.waiters.reached(status.checkpoint);
  }

  private fail(message: string): void {
    this.current = { ...this.current, lastError: message };
    this.options.onFailure?.(message);
  }

  private restartLater(reason: string): void {
    this.fail(reason);
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.start().catch((error: unknown) => this.restartLater(error instanceof Error ? error.message : String(error)));
    }, this.restartDelayMs);
  }
}
