import type { LifecycleResourceType, LifecycleState } from '#ledger-domain';
import type { ChainTail } from './chain-tail.js';

/** A rule or limit of one ledger. */
export interface LifecycleKey {
  resourceType: LifecycleResourceType;
  resourceId: string;
}

/**
 * Where the writer gets the state of rules and limits from before it decides on their events
 * (a port: the service folds them from the read models; tests fold the stream itself).
 */
export abstract class LifecycleStates {
  /**
   * The states of `keys` in `ledgerId` exactly as the ledger's events up to `tail` make them
   * (initial states for resources without events), in the order of `keys`.
   * @throws ReadModelsBehindError when the states cannot be known in time (503, retry).
   */
  abstract load(ledgerId: string, keys: readonly LifecycleKey[], tail: ChainTail): Promise<LifecycleState[]>;
}
