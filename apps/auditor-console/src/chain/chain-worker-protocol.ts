import type { ChainBreak } from '../verify/chain-check.js';

/** What the page asks the chain worker: check records fetched from the service, or records read from a file. */
export type ChainJob =
  | { kind: 'online'; apiKey: string; fromSequence: number; toSequence?: number }
  | { kind: 'offline'; recordsText: string; treeSize: number };

/** What the worker reports: progress while it runs, then one result (or an error). */
export type ChainReport =
  | { kind: 'progress'; checked: number; eventsPerSecond: number }
  | { kind: 'done'; checked: number; eventsPerSecond: number; broken?: ChainBreak; lastSequence: number; rootHex?: string }
  | { kind: 'error'; message: string };
