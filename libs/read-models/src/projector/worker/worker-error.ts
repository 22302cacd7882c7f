import { LedgerError, ProjectionNotFoundError, RebuildInProgressError } from '#ledger-domain';

/** An error as it crosses the thread boundary: structured clone keeps no class, so it goes as a coded value. */
export interface WorkerError {
  /** The LedgerError code, when it was one. */
  code?: string;
  message: string;
  /** What the code needs to be rebuilt with (the projection's name, the known names). */
  projection?: string;
  known?: string[];
}

/** The worker side: any thrown value as a WorkerError. */
export function toWorkerError(error: unknown, context: { projection?: string; known?: readonly string[] } = {}): WorkerError {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof LedgerError ? error.code : undefined;
  return { ...(code ? { code } : {}), message, ...(context.projection ? { projection: context.projection } : {}), ...(context.known ? { known: [...context.known] } : {}) };
}

/**
 * The service side: the same error class again for the codes the service maps to an answer
 * (409 rebuild in progress, 404 unknown projection); any other error stays a plain Error (500).
 */
export function fromWorkerError(error: WorkerError): Error {
  switch (error.code) {
    case 'LEDGER.REBUILD_IN_PROGRESS':
      return new RebuildInProgressError(error.projection ?? '');
    case 'LEDGER.PROJECTION_NOT_FOUND':
      return new ProjectionNotFoundError(error.projection ?? '', error.known ?? []);
    default:
      return new Error(error.message);
  }
}
