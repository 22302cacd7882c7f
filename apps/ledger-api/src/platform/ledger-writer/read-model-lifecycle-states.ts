import { Injectable } from '@nestjs/common';
import { initialLifecycleState, ReadModelsBehindError, type LifecycleState } from '#ledger-domain';
import { ProjectionRunner, ReadModels } from '#read-models';
import { LifecycleStates, type LifecycleKey, type ChainTail } from '#ledger-writer';

/** How long an append waits for the read models to reach the ledger's tail. */
const WAIT_MS = 10_000;

/**
 * Rule and limit states from the ResourceLifecycles read model: once the projector has applied
 * the log through the ledger's tail, the current state is exact when the resource has no later
 * event (another writer may have appended since), otherwise its events are folded up to the tail.
 */
@Injectable()
export class ReadModelLifecycleStates extends LifecycleStates {
  constructor(
    private readonly projector: ProjectionRunner,
    private readonly readModels: ReadModels,
  ) {
    super();
  }

  async load(ledgerId: string, keys: readonly LifecycleKey[], tail: ChainTail): Promise<LifecycleState[]> {
    if (!(await this.projector.waitForPosition(tail.position, WAIT_MS))) throw new ReadModelsBehindError();
    const sequence = tail.revision + 1;
    const lifecycles = this.readModels.lifecycles;
    return keys.map((key) => {
      const resource = { ledgerId, ...key };
      const current = lifecycles.current(resource);
      const state = current && (current.lastSequence ?? 0) <= sequence ? current : lifecycles.stateAt(resource, sequence);
      return state ?? initialLifecycleState(key.resourceType, key.resourceId);
    });
  }
}
