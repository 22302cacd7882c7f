import { formatCheckpoint, signNote, type NoteSigner } from '#integrity';
import { LogContradictsCheckpointError } from '#ledger-domain';
import type { CheckpointOutcome } from './checkpoint-outcome.js';
import type { CheckpointStore } from './checkpoint-store.js';
import { checkAgainstCheckpoint, type CheckpointCheck, type LogContradiction } from './log-contradiction.js';
import type { MerkleTreeView } from './merkle-tree-view.js';

export interface CheckpointerOptions {
  tree: MerkleTreeView;
  store: CheckpointStore;
  signer: NoteSigner;
  /** The base origin (LEDGER_LOG_ORIGIN); a ledger's checkpoints carry `${origin}/${ledgerId}`. */
  origin: string;
  now: () => Date;
  /** The ledgers the loop watches. */
  ledgers: () => readonly string[];
  /** The number of records of the ledger's log, as the event store reports it. */
  logLength: (ledgerId: string) => Promise<number>;
  /** Called once per ledger, when a contradiction is first found. */
  onContradiction: (contradiction: LogContradiction) => void;
  /** Called when the loop fails to checkpoint a ledger (the loop goes on); by default, nothing. */
  onError?: (error: unknown, ledgerId: string) => void;
}

/** How often a pass retries a ledger another instance checkpointed while its log length was read. */
const MAX_ATTEMPTS = 3;

/**
 * Signs a checkpoint of each ledger's tree whenever it grew, never one that contradicts a
 * checkpoint already signed (by this or any instance sharing the store). A ledger found
 * contradicting its last checkpoint is not signed again while this process runs.
 */
export class Checkpointer {
  private readonly found = new Map<string, LogContradiction>();
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<unknown> = Promise.resolve();
  private running = false;

  constructor(private readonly options: CheckpointerOptions) {}

  /** The origin line of the ledger's checkpoints. */
  originOf(ledgerId: string): string {
    return `${this.options.origin}/${ledgerId}`;
  }

  /**
   * Compares the ledger with its last checkpoint. Precondition: `logLength` was read after that
   * checkpoint was stored, or an instance that checkpointed meanwhile makes the log look shorter.
   * Does not record the contradiction (see {@link checkpoint}).
   * @throws whatever the tree view throws.
   */
  checkAgainstLast(ledgerId: string, logLength: number): CheckpointCheck {
    return checkAgainstCheckpoint(this.options.store.latest(ledgerId), this.options.tree, ledgerId, logLength);
  }

  /**
   * When the tree grew past the last checkpoint, checks it against that checkpoint and, if
   * consistent, signs and stores a checkpoint of size min(tree size, log length): never one the
   * log does not hold. A contradiction is recorded and reported to `onContradiction`; a ledger
   * with a recorded contradiction is never signed. Runs under the store's write lock, so instances
   * sharing the store cannot sign inconsistent checkpoints at once. Same precondition as
   * {@link checkAgainstLast}.
   * @throws whatever the tree view or the store throws.
   */
  checkpoint(ledgerId: string, logLength: number): CheckpointOutcome {
    const outcome = this.checkpointIfLatestIs(ledgerId, logLength, undefined);
    // Without a `seen` size there is nothing to race with.
    return outcome === 'raced' ? { outcome: 'unchanged', latest: this.options.store.latest(ledgerId) } : outcome;
  }

  /** Reads the log length with `options.logLength`, then {@link checkpoint}s, keeping its precondition. */
  async checkpointNow(ledgerId: string): Promise<CheckpointOutcome> {
    let outcome: CheckpointOutcome | 'raced' = 'raced';
    for (let attempt = 0; outcome === 'raced' && attempt < MAX_ATTEMPTS; attempt++) {
      const seen = this.options.store.latest(ledgerId)?.treeSize ?? 0;
      const logLength = await this.options.logLength(ledgerId);
      outcome = this.checkpointIfLatestIs(ledgerId, logLength, seen);
    }
    return outcome === 'raced' ? { outcome: 'unchanged', latest: this.options.store.latest(ledgerId) } : outcome;
  }

  /**
   * Compares the ledger with its last checkpoint now and records a contradiction (as {@link
   * checkpoint} does): on start, once the tree has caught up with the log, since a log cut below
   * the checkpoint and a tree rebuilt from it would never grow past it. Reads the log length after
   * the latest checkpoint, again if another instance checkpointed meanwhile.
   */
  async verifyAgainstLast(ledgerId: string): Promise<CheckpointCheck> {
    for (let attempt = 1; ; attempt++) {
      const seen = this.options.store.latest(ledgerId)?.treeSize;
      const logLength = await this.options.logLength(ledgerId);
      if (this.options.store.latest(ledgerId)?.treeSize !== seen && attempt < MAX_ATTEMPTS) continue;
      const check = this.checkAgainstLast(ledgerId, logLength);
      if (!check.ok && !this.found.has(ledgerId)) this.record(check.contradiction);
      return check;
    }
  }

  /** Every contradiction found so far, one per ledger. */
  contradictions(): LogContradiction[] {
    return [...this.found.values()];
  }

  contradictionOf(ledgerId: string): LogContradiction | undefined {
    return this.found.get(ledgerId);
  }

  /** @throws LogContradictsCheckpointError (LEDGER.LOG_CONTRADICTS_CHECKPOINT, 503) when the ledger has a recorded contradiction. */
  assertNoContradiction(ledgerId: string): void {
    const contradiction = this.found.get(ledgerId);
    if (contradiction) throw new LogContradictsCheckpointError(contradiction);
  }

  /**
   * One pass over the watched ledgers: checkpoints each whose tree grew past its last checkpoint.
   * A ledger that fails is reported to `onError` and does not stop the others.
   */
  async checkpointGrown(): Promise<Map<string, CheckpointOutcome>> {
    const outcomes = new Map<string, CheckpointOutcome>();
    for (const ledgerId of this.options.ledgers()) {
      try {
        if (this.found.has(ledgerId) || !this.grew(ledgerId)) continue;
        outcomes.set(ledgerId, await this.checkpointNow(ledgerId));
      } catch (error) {
        this.options.onError?.(error, ledgerId);
      }
    }
    return outcomes;
  }

  /** Runs {@link checkpointGrown} every `intervalMs`, a pass never overlapping the previous one. */
  start(intervalMs: number): void {
    if (this.running) throw new Error('the checkpointer is already running');
    this.running = true;
    const schedule = (): void => {
      this.timer = setTimeout(() => {
        this.pass = this.checkpointGrown().finally(() => {
          if (this.running) schedule();
        });
      }, intervalMs);
      // Checkpointing must not keep a process alive that is otherwise done; stop() takes the last one.
      this.timer.unref();
    };
    schedule();
  }

  /** Stops the loop, waits for a pass under way, then checkpoints every grown ledger one last time. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.pass;
    await this.checkpointGrown();
  }

  private grew(ledgerId: string): boolean {
    return this.options.tree.treeSize(ledgerId) > (this.options.store.latest(ledgerId)?.treeSize ?? 0);
  }

  /** `seen`: the last checkpoint's size when the log length was read; 'raced' if it changed since. */
  private checkpointIfLatestIs(ledgerId: string, logLength: number, seen: number | undefined): CheckpointOutcome | 'raced' {
    const recorded = this.found.get(ledgerId);
    if (recorded) return { outcome: 'contradiction', contradiction: recorded };
    const { tree, store, signer, now } = this.options;
    const outcome = store.exclusive((): CheckpointOutcome | 'raced' => {
      const latest = store.latest(ledgerId);
      if (seen !== undefined && (latest?.treeSize ?? 0) !== seen) return 'raced';
      const treeSize = tree.treeSize(ledgerId);
      if (treeSize <= (latest?.treeSize ?? 0)) return { outcome: 'unchanged', latest };
      const check = checkAgainstCheckpoint(latest, tree, ledgerId, logLength);
      if (!check.ok) return { outcome: 'contradiction', contradiction: check.contradiction };
      const size = Math.min(treeSize, logLength);
      // A size up to a superseded checkpoint's is taken by a note over lost records: wait for the ledger to grow past it.
      if (size <= Math.max(latest?.treeSize ?? 0, store.supersededThrough(ledgerId))) return { outcome: 'unchanged', latest };
      const rootHash = tree.root(ledgerId, size);
      const note = signNote(formatCheckpoint({ origin: this.originOf(ledgerId), treeSize: size, rootHash }), signer);
      const checkpoint = { ledgerId, treeSize: size, rootHash, createdAt: now().toISOString(), note };
      const added = store.add(checkpoint);
      if (added.outcome !== 'conflict') return { outcome: 'signed', checkpoint };
      // Unreachable under the write lock (no checkpoint exists above `latest`) unless the file was
      // written behind the store's back; still, never sign over it.
      if (added.stored.rootHash.equals(rootHash)) {
        throw new Error(`ledger ${ledgerId}: another note of the same root is stored for size ${size}: instances sign with different keys or origins`);
      }
      return { outcome: 'contradiction', contradiction: { ledgerId, checkpointSize: size, reason: 'root-differs', treeSize, logLength } };
    });
    if (outcome !== 'raced' && outcome.outcome === 'contradiction') this.record(outcome.contradiction);
    return outcome;
  }

  private record(contradiction: LogContradiction): void {
    this.found.set(contradiction.ledgerId, contradiction);
    this.options.onContradiction(contradiction);
  }
}
