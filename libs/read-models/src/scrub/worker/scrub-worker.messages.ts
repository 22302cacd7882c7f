import type { EventStoreLocation } from '#event-store';
import type { IntegrityViolation } from '../integrity-violation.js';
import type { LedgerScrubResult } from '../ledger-scrubber.js';

/** What the scrub worker is started with. */
export interface ScrubWorkerData {
  eventStore: EventStoreLocation;
  readModelsFile: string;
  /** Each ledger is walked again once its last walk started this long ago. */
  intervalMs: number;
  /** See LedgerScrubberOptions.pauseFactor. */
  pauseFactor: number;
  pieceSize: number;
}

/** Service → worker: finish the piece in flight, close, answer `stopped`. */
export type ToScrubWorker = { kind: 'stop' };

/** Worker → service. */
export type FromScrubWorker =
  | { kind: 'violations'; violations: IntegrityViolation[] }
  | { kind: 'walked'; result: LedgerScrubResult; seconds: number }
  /** A walk failed (the store did not answer…); it is retried at the next wake-up. */
  | { kind: 'failed'; message: string }
  | { kind: 'stopped' };
