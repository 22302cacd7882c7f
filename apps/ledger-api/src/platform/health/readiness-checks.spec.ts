import type { EventStore } from '#event-store';
import type { ProjectionRunner, ProjectorStatus } from '#read-models';
import { MAX_READY_PROJECTOR_LAG, ProjectorReadinessCheck } from './projector-readiness.check.js';
import { StoreReadinessCheck } from './store-readiness.check.js';

const store = (head: () => Promise<number>, ping: () => Promise<void> = async () => undefined) =>
  ({ headPosition: head, ping }) as unknown as EventStore;
const projector = (status: Partial<ProjectorStatus>) =>
  ({ status: () => ({ running: true, checkpoint: 0, lastSeenPosition: 0, lastAppliedAt: null, lastError: null, ...status }) }) as unknown as ProjectionRunner;

describe('the store readiness check', () => {
  it('is ready when the store answers a ping, and fails when it does not', async () => {
    await expect(new StoreReadinessCheck(store(async () => 0)).check()).resolves.toEqual({ ready: true });
    const down = store(async () => 0, async () => Promise.reject(new Error('unavailable')));
    await expect(new StoreReadinessCheck(down).check()).rejects.toThrow('unavailable');
  });
});

describe('the projector readiness check', () => {
  const check = (head: () => Promise<number>, status: Partial<ProjectorStatus>) => new ProjectorReadinessCheck(store(head), projector(status)).check();

  it('is ready while running close behind the log, and reports lag and checkpoint', async () => {
    await expect(check(async () => 130, { checkpoint: 100 })).resolves.toEqual({ ready: true, detail: { running: true, lagEvents: 30, checkpoint: 100 } });
  });

  it('is not ready when too far behind', async () => {
    const result = await check(async () => MAX_READY_PROJECTOR_LAG + 11, { checkpoint: 10 });
    expect(result).toMatchObject({ ready: false, detail: { lagEvents: MAX_READY_PROJECTOR_LAG + 1 } });
  });

  it('is not ready when stopped', async () => {
    await expect(check(async () => 0, { running: false })).resolves.toMatchObject({ ready: false, detail: { running: false } });
  });

  it('is not ready after an error, without publishing the error message', async () => {
    const result = await check(async () => 5, { checkpoint: 5, lastError: 'SQLITE_CORRUPT in /data/read-models.db' });
    expect(result.ready).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|\/data/);
    expect(result.detail?.['error']).toMatch(/see the service log/);
  });

  it('is not ready when the log head cannot be read', async () => {
    await expect(check(async () => Promise.reject(new Error('down')), { checkpoint: 5 })).resolves.toMatchObject({ ready: false, detail: { lagEvents: null } });
  });
});
