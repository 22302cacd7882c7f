import { PositionWaiters } from './position-waiters.js';

describe('PositionWaiters', () => {
  it('resolves at once when the checkpoint is already there', async () => {
    await expect(new PositionWaiters().wait(5, 5, 10)).resolves.toBe(true);
  });

  it('wakes exactly the waiters whose position the checkpoint reached', async () => {
    const waiters = new PositionWaiters();
    const settled: number[] = [];
    const near = waiters.wait(3, 0, 60_000).then((reached) => reached && settled.push(3));
    const far = waiters.wait(9, 0, 60_000);
    waiters.reached(4);
    await near;
    expect(settled).toEqual([3]);
    waiters.settleAll(false);
    await expect(far).resolves.toBe(false);
  });

  it('answers false after the timeout', async () => {
    await expect(new PositionWaiters().wait(1, 0, 5)).resolves.toBe(false);
  });
});
