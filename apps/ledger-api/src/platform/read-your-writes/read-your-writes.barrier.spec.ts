import type { EventStore } from '#event-store';
import { PositionWaiters, type ProjectionRunner } from '#read-models';
import type { LedgerWriter } from '../ledger-writer/ledger-writer.js';
import { ReadYourWritesBarrier } from './read-your-writes.barrier.js';

/** A projector at `checkpoint` that a test moves on with `reach`. */
function projectorAt(checkpoint: number) {
  const waiters = new PositionWaiters();
  const projector = {
    checkpoint,
    waitForPosition: (position: number, timeoutMs: number) => waiters.wait(position, projector.checkpoint, timeoutMs),
    reach(position: number) {
      projector.checkpoint = position;
      waiters.reached(position);
    },
  };
  return projector;
}

describe('the read-your-writes barrier', () => {
  const writerAt = (position: number) => ({ lastWrittenPosition: position }) as LedgerWriter;
  const storeAt = (head: number) => ({ headPosition: async () => head }) as unknown as EventStore;

  it('waits until the projector has applied what this instance wrote', async () => {
    const projector = projectorAt(3);
    const barrier = new ReadYourWritesBarrier(writerAt(10), projector as unknown as ProjectionRunner, storeAt(10));
    let passed = false;
    const waiting = barrier.wait().then(() => (passed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(passed).toBe(false);
    projector.reach(10);
    await waiting;
    expect(passed).toBe(true);
  });

  it('does not wait for events the log no longer holds (its tail was cut outside the service)', async () => {
    const projector = projectorAt(7);
    const barrier = new ReadYourWritesBarrier(writerAt(10), projector as unknown as ProjectionRunner, storeAt(7));
    const started = Date.now();
    await barrier.wait();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
