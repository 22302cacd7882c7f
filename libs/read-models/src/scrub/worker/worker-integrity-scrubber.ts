import { Worker } from 'node:worker_threads';
import type { IntegrityViolation } from '../integrity-violation.js';
import type { LedgerScrubResult } from '../ledger-scrubber.js';
import type { FromScrubWorker, ScrubWorkerData } from './scrub-worker.messages.js';
import { WORKER_HEAP_LIMITS } from '../../worker-heap-limits.js';

const WORKER_SCRIPT = new URL('./scrub-worker.main.js', import.meta.url);
const STOP_TIMEOUT_MS = 10_000;
/** A worker that died (its store did not answer at start…) starts again after its interval, at most this. */
const MAX_RESTART_DELAY_MS = 60_000;

export interface WorkerIntegrityScrubberOptions {
  onViolations?: (violations: readonly IntegrityViolation[]) => void;
  onWalked?: (result: LedgerScrubResult, seconds: number) => void;
  /** A walk failed or the worker died (it is started again after its interval, at most a minute). */
  onFailure?: (message: string) => void;
  /** The worker's entry point: the built scrub-worker.main.js beside this file unless given. */
  workerScript?: URL;
}

/**
 * Runs the scrubber (LedgerScrubber, every ledger once per interval) in a worker thread of its
 * own, so that a walk of millions of records never holds up requests, appends or the projector's
 * thread; the walk also pauses between pieces (pauseFactor), so it takes a bounded share of a core.
 */
export class WorkerIntegrityScrubber {
  private worker: Worker | undefined;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly data: ScrubWorkerData,
    private readonly options: WorkerIntegrityScrubberOptions = {},
  ) {}

  start(): void {
    this.stopping = false;
    const worker = (this.worker = new Worker(this.options.workerScript ?? WORKER_SCRIPT, { workerData: this.data, resourceLimits: WORKER_HEAP_LIMITS }));
    worker.on('message', (message: FromScrubWorker) => this.receive(message));
    worker.on('error', (error) => this.options.onFailure?.(`the scrub worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.stopping) return;
      const delay = Math.min(this.data.intervalMs, MAX_RESTART_DELAY_MS);
      this.options.onFailure?.(`the scrub worker exited with code ${code}; it starts again in ${delay} ms`);
      this.restartTimer = setTimeout(() => this.start(), delay);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ kind: 'stop' });
    const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  private receive(message: FromScrubWorker): void {
    switch (message.kind) {
      case 'violations':
        return this.options.onViolations?.(message.violations);
      case 'walked':
        return this.options.onWalked?.(message.result, message.seconds);
      case 'failed':
        return this.options.onFailure?.(message.message);
      case 'stopped':
        return;
      default: {
        const unexpected: never = message;
        throw new Error(`unexpected message from the scrub worker: ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
