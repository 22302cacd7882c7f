import { verifyChainSegment } from '#integrity';
import {
  initialLifecycleState,
  RuleAlreadyExistsError,
  RuleUnknownError,
  type AuditEventDraft,
  type LifecycleState,
} from '#ledger-domain';
import type { RecordedEvent } from '#event-store';
import type { AppendRequest } from './append-request.js';
import { EMPTY_CHAIN_TAIL, type ChainTail } from './chain-tail.js';
import type { GroupPlan } from './group-plan.js';
import { lifecycleKeyString } from './lifecycle-key.js';
import { ledgerTime, planGroup } from './plan-group.js';

const validation = (id: string): AuditEventDraft => ({
  eventType: 'TRANSACTION_VALIDATED', resourceType: 'transaction', resourceId: id, action: 'VALIDATE', result: 'ALLOW',
  actor: { id: 'ana', actorType: 'user' }, context: { request: {}, response: {} }, metadata: {},
});
const ruleCreated = (id: string): AuditEventDraft => ({
  eventType: 'RULE_CREATED', resourceType: 'rule', resourceId: id, action: 'CREATE', result: 'SUCCESS',
  actor: { id: 'ana', actorType: 'user' }, context: { after: { name: 'High value', expression: 'a > 1', action: 'DENY' } }, metadata: {},
});
const recordedUnder = (_key: string) => ({ streamName: 'ledger-acme', revision: 0, metadata: { requestHash: 'h' } }) as unknown as RecordedEvent;

/** given a tail, the states and the keys the ledger holds; when a group is planned; then … */
function given(tail: ChainTail = EMPTY_CHAIN_TAIL, states: [string, LifecycleState][] = [], recorded: string[] = []) {
  return {
    when(...requests: AppendRequest[]): GroupPlan {
      let id = 0;
      return planGroup({
        ledgerId: 'acme', tail, requests, policy: { beforeImageMismatch: 'reject' },
        states: new Map(states), recorded: new Map(recorded.map((key) => [key, recordedUnder(key)])),
        createdAt: '2026-12-03T10:00:00.000Z', nextId: () => `id-${++id}`,
      });
    },
  };
}
const unknownRule = (id: string): [string, LifecycleState] => [lifecycleKeyString({ resourceType: 'rule', resourceId: id }), initialLifecycleState('rule', id)];

describe('planGroup', () => {
  describe('when every request is new', () => {
    const plan = given().when({ drafts: [validation('t1')] }, { drafts: [validation('t2'), validation('t3')], batch: true });

    it('seals them onto one chain in request order', () => {
      expect(plan.requests.map((r) => r.kind)).toEqual(['write', 'write']);
      expect(plan.events.map((e) => (e.data as { sequence: number }).sequence)).toEqual([1, 2, 3]);
      expect(verifyChainSegment(plan.events.map((e) => e.data as never))).toMatchObject({ intact: true, verifiedCount: 3 });
    });

    it('ends at the tail the events make, from the tail it started at', () => {
      expect(plan.base).toBe(EMPTY_CHAIN_TAIL);
      expect(plan.next).toMatchObject({ revision: 2, hash: (plan.events[2]!.data as { hash: string }).hash });
    });
  });

  describe('when the chain already has events', () => {
    it('continues from the tail: next sequence, previousHash = tail hash', () => {
      const tail = { revision: 9, hash: 'a'.repeat(64), createdAt: '2026-12-03T09:00:00.000Z', position: 42 };
      const [event] = given(tail).when({ drafts: [validation('t')] }).events;
      expect(event!.data).toMatchObject({ sequence: 11, previousHash: 'a'.repeat(64) });
    });
  });

  describe('when an Idempotency-Key is already in the ledger', () => {
    it('plans a replay and writes nothing for it', () => {
      const plan = given(EMPTY_CHAIN_TAIL, [], ['k']).when({ drafts: [validation('t')], idempotencyKey: 'k', requestHash: 'h' });
      expect(plan.requests).toEqual([{ kind: 'replay', recorded: recordedUnder('k') }]);
      expect(plan.events).toHaveLength(0);
    });
  });

  describe('when two requests of the group share a new key', () => {
    it('writes the first and makes the second follow it', () => {
      const plan = given().when(
        { drafts: [validation('t')], idempotencyKey: 'k', requestHash: 'h' },
        { drafts: [validation('t')], idempotencyKey: 'k', requestHash: 'h' },
      );
      expect(plan.requests).toEqual([expect.objectContaining({ kind: 'write' }), { kind: 'same-key', leader: 0 }]);
      expect(plan.events).toHaveLength(1);
      expect(plan.events[0]!.metadata).toMatchObject({ idempotencyKey: 'k', requestHash: 'h', requestEventCount: 1 });
    });
  });

  describe('when a lifecycle refuses a request', () => {
    const plan = given(EMPTY_CHAIN_TAIL, [unknownRule('r1')]).when(
      { drafts: [ruleCreated('r1')] },
      { drafts: [ruleCreated('r1')] },
      { drafts: [validation('t')] },
    );

    it('refuses it alone; later requests see the earlier ones of the group', () => {
      expect(plan.requests.map((r) => r.kind)).toEqual(['write', 'refused', 'write']);
      expect((plan.requests[1] as { error: unknown }).error).toBeInstanceOf(RuleAlreadyExistsError);
      expect(plan.events.map((e) => (e.data as { sequence: number }).sequence)).toEqual([1, 2]);
    });

    it('reports the states the written events make', () => {
      expect(plan.states.get(unknownRule('r1')[0])).toMatchObject({ status: 'DRAFT', version: 1 });
    });
  });

  describe('when a refused key is sent again in the same group', () => {
    it('decides the second request on its own', () => {
      const updated = { ...ruleCreated('r9'), eventType: 'RULE_ACTIVATED', action: 'ACTIVATE', context: {} };
      const plan = given(EMPTY_CHAIN_TAIL, [unknownRule('r9')]).when(
        { drafts: [updated], idempotencyKey: 'k', requestHash: 'a' },
        { drafts: [validation('t')], idempotencyKey: 'k', requestHash: 'b' },
      );
      expect(plan.requests.map((r) => r.kind)).toEqual(['refused', 'write']);
      expect((plan.requests[0] as { error: unknown }).error).toBeInstanceOf(RuleUnknownError);
    });
  });
});

describe('ledgerTime', () => {
  it('never runs backwards when the host clock does', () => {
    const tail = { ...EMPTY_CHAIN_TAIL, createdAt: '2026-12-03T10:00:00.000Z' };
    expect(ledgerTime(new Date('2026-12-03T09:59:00.000Z'), tail)).toBe('2026-12-03T10:00:00.000Z');
    expect(ledgerTime(new Date('2026-12-03T10:00:01.000Z'), tail)).toBe('2026-12-03T10:00:01.000Z');
  });
});
