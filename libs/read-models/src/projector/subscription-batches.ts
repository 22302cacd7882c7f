const IDLE = Symbol('idle');

/**
 * Groups an async iterable's items into batches of 1..`maxSize`, in order. A batch ends when it
 * is full or when the source has nothing more at hand: the next item would need I/O (a new
 * commit, a network read) rather than only already-resolved promises. So a catch-up fills whole
 * batches, while a single live event is handed over at once. Ends when the source ends.
 */
export async function* inBatches<T>(source: AsyncIterable<T>, maxSize: number): AsyncGenerator<T[], void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  // The read ahead may fail while a batch is out with the caller: it is rethrown when awaited.
  const pull = () => {
    const pending = iterator.next();
    pending.catch(() => undefined);
    return pending;
  };
  let next = pull();
  for (;;) {
    const first = await next;
    if (first.done) return;
    const batch = [first.value];
    next = pull();
    // setImmediate runs after every pending promise callback: the source has drained what it held.
    let endBatch!: (idle: typeof IDLE) => void;
    const idle = new Promise<typeof IDLE>((resolve) => {
      endBatch = resolve;
      setImmediate(resolve, IDLE);
    });
    let ended = false;
    while (batch.length < maxSize) {
      // A failure is raised by the next `await next`, after the events before it are handed over.
      const more = await Promise.race([next, idle]).catch((): typeof IDLE => IDLE);
      if (more === IDLE) break;
      if (more.done) {
        ended = true;
        break;
      }
      batch.push(more.value);
      next = pull();
    }
    // Each race above left a reaction on `idle` that holds the item it settled with. A catch-up
    // fills batch after batch in promise callbacks alone, where the setImmediate never gets to
    // run, so without this every item of the catch-up stayed reachable until its end.
    endBatch(IDLE);
    yield batch;
    if (ended) return;
  }
}
