import { heapUsedAfterGc } from '#event-store/testing';
import { inBatches } from './subscription-batches.js';

/** An async source fed by the test: items pushed before a pull are "at hand". */
function source<T>() {
  const ready: T[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const iterable: AsyncIterable<T> = {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (ready.length > 0) yield ready.shift()!;
        else if (ended) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
  return {
    iterable,
    push: (...items: T[]) => (ready.push(...items), wake?.()),
    end: () => ((ended = true), wake?.()),
  };
}

describe('inBatches', () => {
  it('hands over everything at hand as one batch, split at the maximum size', async () => {
    const { iterable, push, end } = source<number>();
    push(1, 2, 3, 4, 5, 6, 7);
    end();
    const batches: number[][] = [];
    for await (const batch of inBatches(iterable, 3)) batches.push(batch);
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('does not hold a batch back waiting for items that are not there yet', async () => {
    const { iterable, push, end } = source<number>();
    const batches = inBatches(iterable, 1000);
    push(1, 2);
    expect(await batches.next()).toEqual({ done: false, value: [1, 2] });
    const next = batches.next();
    push(3);
    expect(await next).toEqual({ done: false, value: [3] });
    end();
    expect(await batches.next()).toEqual({ done: true, value: undefined });
  });

  it('passes on the failure of the source once the items before it are handed over', async () => {
    async function* failing() {
      yield 1;
      throw new Error('store closed');
    }
    const batches = inBatches(failing(), 10);
    expect(await batches.next()).toEqual({ done: false, value: [1] });
    await expect(batches.next()).rejects.toThrow('store closed');
  });

  it('lets go of each batch during a catch-up that runs in promise callbacks alone', async () => {
    // A catch-up's items are all at hand, so batch after batch is filled without the event loop
    // turning once: what a batch leaves pending until a later turn piles up for the whole catch-up.
    async function* catchUp() {
      for (let i = 0; i < 30_000; i++) yield { position: i };
    }
    let before = 0;
    let grown = 0;
    let batches = 0;
    for await (const batch of inBatches(catchUp(), 1000)) {
      expect(batch).toHaveLength(1000);
      batches += 1;
      if (batches === 5) before = heapUsedAfterGc();
      if (batches === 25) grown = heapUsedAfterGc() - before;
    }
    // With the batches' races left pending, each item kept about 500 bytes of promise reactions
    // (10 MB over these 20,000), and the projector's heap grew by gigabytes in a 1,000,000-event fill.
    expect(grown).toBeLessThan(2_000_000);
  });
});
