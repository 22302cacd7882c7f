/**
 * Commits made through another connection to the same log (another thread of this process):
 * a store configured with one reads on at once instead of at its next poll. Stores whose
 * subscriptions are pushed by the server (EventStoreDB) ignore it.
 */
export class CommitSignal {
  private readonly listeners = new Set<() => void>();

  /** Another connection committed. */
  notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** @returns a function that removes the listener. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
