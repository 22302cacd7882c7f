import type { ChainJob, ChainReport } from './chain-worker-protocol.js';

/** Runs a chain job in a new worker, calling `onReport` with each report; the worker ends with the job. */
export function runChainJob(job: ChainJob, onReport: (report: ChainReport) => void): () => void {
  const worker = new Worker(new URL('./chain.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ChainReport>) => {
    onReport(event.data);
    if (event.data.kind !== 'progress') worker.terminate();
  };
  worker.onerror = (event) => {
    onReport({ kind: 'error', message: event.message || 'the chain worker failed' });
    worker.terminate();
  };
  worker.postMessage(job);
  return () => worker.terminate();
}
