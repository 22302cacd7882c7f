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
});
