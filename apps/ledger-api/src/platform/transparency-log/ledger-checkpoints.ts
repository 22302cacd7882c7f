import { Logger } from '@nestjs/common';
import { toLedgerStreamName } from '#ledger-domain';
import { EventStore } from '#event-store';
import { ProjectionRunner, ReadModels } from '#read-models';
import { Checkpointer, CheckpointStore, type LoadedCheckpointSigner, type LogContradiction, type StoredCheckpoint } from '#transparency-log';
import { LedgerConfig } from '../config/index.js';
import { MerkleTilesTreeView } from './merkle-tiles-tree-view.js';

/** How long the start-time check waits for the tree to catch up with the log before it compares. */
const CATCH_UP_MS = 120_000;

/**
 * The service's signed checkpoints: signs one per grown ledger at most every
 * LEDGER_CHECKPOINT_INTERVAL_MS and one at shutdown, never one inconsistent with an earlier one;
 * checks every ledger against its last checkpoint at start (once the tree has caught up with the
 * log). A ledger whose log contradicts a signed checkpoint refuses appends (503
 * LEDGER.LOG_CONTRADICTS_CHECKPOINT) and makes /readyz 503; reads stay available.
 */
export class LedgerCheckpoints {
  private readonly log = new Logger('Checkpoints');
  private readonly checkpointer: Checkpointer;
  private started = false;

  constructor(
    readonly store: CheckpointStore,
    readonly signer: LoadedCheckpointSigner,
    private readonly events: EventStore,
    private readonly readModels: ReadModels,
    private readonly projector: ProjectionRunner,
    private readonly config: LedgerConfig,
  ) {
    this.checkpointer = new Checkpointer({
      tree: new MerkleTilesTreeView(readModels),
      store,
      signer: signer.signer,
      origin: config.logOrigin,
      now: () => new Date(),
      ledgers: () => [...new Set([...store.ledgerIds(), ...readModels.merkleTiles.ledgerIds()])],
      logLength: (ledgerId) => this.logLength(ledgerId),
      onContradiction: (c) => this.log.error(describe(c)),
      onError: (error, ledgerId) => this.log.warn(`ledger ${ledgerId}: checkpoint not signed this time: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  /** The verifier key auditors pin: `<origin>+<hash>+<base64>`. */
  get verifierKey(): string {
    return this.signer.verifierKey;
  }

  /** Checks every ledger against its last checkpoint once the read models caught up, then signs on a timer. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.verifyAll().finally(() => {
      // A shutdown that came during the start-time check signs its own last checkpoint.
      if (this.started) this.checkpointer.start(this.config.checkpointIntervalMs);
    });
  }

  /** Stops the timer and signs a last checkpoint of every grown ledger (graceful shutdown). */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.checkpointer.stop();
    this.store.close();
  }

  /** @throws LogContradictsCheckpointError (503) when the ledger's log contradicts a signed checkpoint. */
  assertNoContradiction(ledgerId: string): void {
    this.checkpointer.assertNoContradiction(ledgerId);
  }

  contradictions(): LogContradiction[] {
    return this.checkpointer.contradictions();
  }

  latest(ledgerId: string): StoredCheckpoint | undefined {
    return this.store.latest(ledgerId);
  }

  originOf(ledgerId: string): string {
    return this.checkpointer.originOf(ledgerId);
  }

  private async verifyAll(): Promise<void> {
    try {
      const head = await this.events.headPosition();
      if (!(await this.projector.waitForPosition(head, CATCH_UP_MS))) this.log.warn('the read models did not catch up with the log in time: checking checkpoints against the tree as it is');
      for (const ledgerId of this.store.ledgerIds()) await this.checkpointer.verifyAgainstLast(ledgerId);
    } catch (error) {
      this.log.warn(`could not check the log against the signed checkpoints at start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async logLength(ledgerId: string): Promise<number> {
    const [last] = await this.events.readStream(toLedgerStreamName(ledgerId), { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
    return last ? last.revision + 1 : 0;
  }
}

function describe(c: LogContradiction): string {
  const what = c.reason === 'log-shorter'
    ? `the log holds ${c.logLength} records (tree ${c.treeSize}), fewer than the signed checkpoint of size ${c.checkpointSize}`
    : `the tree's root at size ${c.checkpointSize} is not the root of the signed checkpoint of that size: history was rewritten`;
  return `ledger ${c.ledgerId}: ${what}. Appends to this ledger are refused (LEDGER.LOG_CONTRADICTS_CHECKPOINT); restore the log or investigate.`;
}
