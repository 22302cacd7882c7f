import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RuleAlreadyActiveError,
  RuleBeforeMismatchError,
  RuleUnknownError,
  RuleVersionMismatchError,
  toLedgerStreamName,
  type AuditEventDraft,
  type AuditRecord,
} from '#ledger-domain';
import { type EventStore } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import type { AppendRequest } from './append-request.js';
import { UuidV7Generator } from './id-generator.js';
import { LedgerAppendQueue } from './ledger-append-queue.js';
import { StreamFoldLifecycleStates } from './testing/stream-fold-lifecycle-states.js';

const image = (expression: string) => ({ name: 'High value', expression, action: 'DENY' });
const lifecycle = (eventType: string, resourceId: string, context: AuditEventDraft['context'] = {}): AuditEventDraft => ({
  eventType,
  resourceType: 'rule',
  resourceId,
  action: { RULE_CREATED: 'CREATE', RULE_UPDATED: 'UPDATE', RULE_ACTIVATED: 'ACTIVATE', RULE_DELETED: 'DELETE' }[eventType]!,
  result: 'SUCCESS',
  actor: { id: 'ana', actorType: 'user' },
  context,
  metadata: {},
});
const created = (id: string) => lifecycle('RULE_CREATED', id, { after: image('a > 1') });
const activated = (id: string) => lifecycle('RULE_ACTIVATED', id);
const updated = (id: string, from: string, to: string) => lifecycle('RULE_UPDATED', id, { before: image(from), after: image(to) });
const single = (d: AuditEventDraft, expectedVersion?: number): AppendRequest => ({ drafts: [d], expectedVersions: [expectedVersion] });
const batch = (...drafts: AuditEventDraft[]): AppendRequest => ({ drafts, batch: true });

describe('the ledger append queue, deciding rule and limit events', () => {
  let dir: string;
  let store: SqliteEventStore;
  let states: StreamFoldLifecycleStates;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'append-queue-lifecycle-'));
    store = SqliteEventStore.open({ filename: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const queueOn = (on: EventStore, beforeImageMismatch: 'reject' | 'flag' = 'reject', maxCachedStates?: number) => {
    const ids = new UuidV7Generator();
    states = new StreamFoldLifecycleStates(on);
    return new LedgerAppendQueue('acme', {
      store: on, nextId: () => ids.next(), now: () => new Date(), maxEventsPerCommit: 5000, maxAttempts: 20,
      lifecycles: states, policy: { beforeImageMismatch }, maxCachedStates,
    });
  };
  const chain = async () => (await store.readStream(toLedgerStreamName('acme'))).map((e) => e.data as unknown as AuditRecord);

  it('refuses one request of a group and writes the others', async () => {
    const queue = queueOn(store);
    const results = await Promise.allSettled([queue.append(single(created('r-1'))), queue.append(single(activated('r-2'))), queue.append(single(activated('r-1')))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(RuleUnknownError);
    expect((await chain()).map((r) => [r.sequence, r.eventType, r.resourceId])).toEqual([
      [1, 'RULE_CREATED', 'r-1'],
      [2, 'RULE_ACTIVATED', 'r-1'],
    ]);
  });

  it('lets later events of a batch see earlier ones, and refuses a whole batch naming the event', async () => {
    const queue = queueOn(store);
    await queue.append(batch(created('r-1'), activated('r-1'), updated('r-1', 'a > 1', 'a > 2')));
    const refused = queue.append(batch(updated('r-1', 'a > 2', 'a > 3'), activated('r-1')));
    await expect(refused).rejects.toBeInstanceOf(RuleAlreadyActiveError);
    await expect(refused).rejects.toMatchObject({ message: expect.stringMatching(/^events\[1\]: /), violations: [{ path: 'events[1].resourceId' }] });
    expect(await chain()).toHaveLength(3);
  });

  it('keeps states between groups, loading each resource once, and stays exact', async () => {
    const queue = queueOn(store);
    await queue.append(single(created('r-1')));
    await queue.append(single(updated('r-1', 'a > 1', 'a > 2')));
    await queue.append(single(updated('r-1', 'a > 2', 'a > 3')));
    await expect(queue.append(single(updated('r-1', 'a > 2', 'a > 4')))).rejects.toMatchObject({
      constructor: RuleBeforeMismatchError,
      violations: [{ path: 'context.before.expression' }],
    });
    // The ledger was empty for the first request: nothing to load then; r-1 is cached since.
    expect(states.loads).toBe(0);
    // A resource the queue has not seen may have events (another writer's): it is loaded once.
    await queue.append(single(created('r-2')));
    await queue.append(single(activated('r-2')));
    expect(states.loads).toBe(1);
    const restarted = queueOn(store);
    await restarted.append(batch(updated('r-1', 'a > 3', 'a > 5'), activated('r-1')));
    expect(states.loads).toBe(1);
    expect((await chain()).slice(-2).map((r) => [r.sequence, r.eventType])).toEqual([[6, 'RULE_UPDATED'], [7, 'RULE_ACTIVATED']]);
  });

  it('never evicts a state the group needs, even when the group needs more than the cache holds', async () => {
    const queue = queueOn(store, 'reject', 2);
    await queue.append(single(created('r-1')));
    await queue.append(single(created('r-2')));
    const { records } = await queue.append(batch(created('r-3'), activated('r-1'), activated('r-2'), activated('r-3')));
    expect(records.map((r) => [r.eventType, r.resourceId])).toEqual([
      ['RULE_CREATED', 'r-3'], ['RULE_ACTIVATED', 'r-1'], ['RULE_ACTIVATED', 'r-2'], ['RULE_ACTIVATED', 'r-3'],
    ]);
    await expect(queue.append(single(activated('r-1')))).rejects.toBeInstanceOf(RuleAlreadyActiveError);
  });

  it('records a differing before-image with a flag under the flag policy', async () => {
    const queue = queueOn(store, 'flag');
    await queue.append(single(created('r-1')));
    const { records } = await queue.append(single(updated('r-1', 'a > 9', 'a > 2')));
    expect(records[0]!.metadata).toEqual({ ledgerFlags: { beforeImageMismatch: { paths: ['context.before.expression'] } } });
    expect((await chain())[1]!.metadata).toEqual(records[0]!.metadata);
  });

  it('checks expectedVersion against the resource’s own event count', async () => {
    const queue = queueOn(store);
    await queue.append(single(created('r-1'), 0));
    await expect(queue.append(single(activated('r-1'), 0))).rejects.toBeInstanceOf(RuleVersionMismatchError);
    await queue.append(single(activated('r-1'), 1));
  });

  it('re-decides against the new tail when another writer changed the resource first', async () => {
    const rivalStore = SqliteEventStore.open({ filename: join(dir, 'events.db') });
    const queue = queueOn(store);
    const rival = queueOn(rivalStore);
    await queue.append(single(created('r-1')));
    await rival.append(single(activated('r-1')));
    // This queue still caches r-1 as DRAFT: its append meets the moved tail, re-plans and refuses.
    await expect(queue.append(single(activated('r-1')))).rejects.toBeInstanceOf(RuleAlreadyActiveError);
    expect((await chain()).map((r) => r.eventType)).toEqual(['RULE_CREATED', 'RULE_ACTIVATED']);
    await rivalStore.close();
  });
});
