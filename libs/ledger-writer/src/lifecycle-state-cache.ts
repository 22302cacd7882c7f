import { initialLifecycleState, type AuditEventDraft, type LifecycleState } from '#ledger-domain';
import type { ChainTail } from './chain-tail.js';
import { lifecycleKeyOf, lifecycleKeyString } from './lifecycle-key.js';
import type { LifecycleKey, LifecycleStates } from './lifecycle-states.js';

/** Most resource states kept between groups, unless configured. */
export const DEFAULT_MAX_CACHED_STATES = 50_000;

/**
 * The writer's rule and limit states as of its cached tail, bounded: what a group needs is
 * loaded once from {@link LifecycleStates} and kept while the tail is the writer's own.
 */
export class LifecycleStateCache {
  private readonly states = new Map<string, LifecycleState>();

  constructor(
    private readonly source: LifecycleStates,
    private readonly maxStates = DEFAULT_MAX_CACHED_STATES,
  ) {}

  /**
   * The states (as of `tail`) of every rule and limit the drafts touch, keyed by lifecycleKeyString.
   * @throws whatever the source throws (ReadModelsBehindError: retry later).
   */
  async statesFor(ledgerId: string, drafts: Iterable<AuditEventDraft>, tail: ChainTail): Promise<Map<string, LifecycleState>> {
    const needed = new Map<string, LifecycleKey>();
    for (const draft of drafts) {
      const key = lifecycleKeyOf(draft);
      if (key) needed.set(lifecycleKeyString(key), key);
    }
    if (needed.size === 0) return new Map();
    this.evictFor(needed);
    const missing = [...needed].filter(([keyString]) => !this.states.has(keyString)).map(([, key]) => key);
    if (missing.length > 0) {
      // An empty ledger holds no event of anything.
      const loaded = tail.revision < 0
        ? missing.map((key) => initialLifecycleState(key.resourceType, key.resourceId))
        : await this.source.load(ledgerId, missing, tail);
      missing.forEach((key, i) => this.states.set(lifecycleKeyString(key), loaded[i]!));
    }
    return new Map([...needed.keys()].map((keyString) => [keyString, this.states.get(keyString)!]));
  }

  /** The group was written: its resources are as `changed` says from the new tail on. */
  remember(changed: ReadonlyMap<string, LifecycleState>): void {
    for (const [keyString, state] of changed) this.states.set(keyString, state);
  }

  /** The tail is no longer known (another writer may have moved it): forget everything. */
  clear(): void {
    this.states.clear();
  }

  /** Forgets the states cached first, never one that is needed now (they are loaded again when needed). */
  private evictFor(needed: ReadonlyMap<string, unknown>): void {
    for (const keyString of this.states.keys()) {
      if (this.states.size + needed.size <= this.maxStates) return;
      if (!needed.has(keyString)) this.states.delete(keyString);
    }
  }
}
