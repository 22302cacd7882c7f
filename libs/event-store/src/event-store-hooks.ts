import type { AppendResult } from './recorded-event.js';
import type { CommitSignal } from './commit-signal.js';

/**
 * What a store does around its commits, given when it is opened (emmett's `onAfterCommit`): so
 * nothing above the port needs to know which adapter it holds.
 */
export interface EventStoreHooks {
  /** Called after every append this store committed (not for a refused or failed one). Must not throw. */
  onAfterCommit?: (streamName: string, result: AppendResult) => void;
  /** Commits through other connections to the same log: subscriptions read on at once. */
  externalCommits?: CommitSignal;
}
