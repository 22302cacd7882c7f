import type { LifecycleResourceType } from '#ledger-domain';
import { ReadStore } from '../projector/read-store.js';
import { LedgerScript, limitImage, ruleImage } from '../testing/lifecycle-fixtures.js';
import { ResourceLifecycles } from './resource-lifecycles.js';

describe('the ResourceLifecycles read model', () => {
  let readStore: ReadStore;
  let lifecycles: ResourceLifecycles;
  let script: LedgerScript;
  const key = (resourceId: string, resourceType: LifecycleResourceType = 'rule') => ({ ledgerId: 'ledger-a', resourceType, resourceId });

  beforeEach(() => {
    readStore = ReadStore.open(':memory:');
    lifecycles = new ResourceLifecycles(readStore, { snapshotInterval: 5 });
    readStore.register([lifecycles]);
    script = new LedgerScript();
  });
  afterEach(() => readStore.close());

  const project = () => readStore.db.transaction(() => script.events.forEach((event) => lifecycles.apply(readStore.db, event)))();

  describe('when a rule goes through its whole lifecycle', () => {
    beforeEach(() => {
      script.add('RULE_CREATED', 'r-1', { after: ruleImage('High value', 'amount > 100', 'REVIEW', [{ segmentId: 'seg-1' }]) });
      script.add('TRANSACTION_VALIDATED', 'tx-1', { request: {}, response: {} });
      script.add('RULE_ACTIVATED', 'r-1');
      script.add('RULE_UPDATED', 'r-1', {
        before: ruleImage('High value', 'amount > 100', 'REVIEW', [{ segmentId: 'seg-1' }]),
        after: ruleImage('High value', 'amount > 500', 'DENY', [{ segmentId: 'seg-1' }, { portfolioId: 'pf-2' }]),
      });
      script.add('RULE_DEACTIVATED', 'r-1', {}, 'FAILED');
      script.add('RULE_DEACTIVATED', 'r-1');
      script.add('RULE_DELETED', 'r-1', { before: ruleImage('High value', 'amount > 500', 'DENY') });
      project();
    });

    it('keeps the current state, with its version and the timestamps of each step', () => {
      const state = lifecycles.current(key('r-1'))!;
      expect(state).toMatchObject({
        status: 'DELETED',
        version: 6,
        attributes: ruleImage('High value', 'amount > 500', 'DENY', [{ segmentId: 'seg-1' }, { portfolioId: 'pf-2' }]),
        lastSequence: 7,
      });
      expect(state.activatedAt).toBe(script.events[2]!.data['createdAt']);
      expect(state.deletedAt).toBe(script.events[6]!.data['createdAt']);
    });

    it('records, for every event in order, the paths it changed', () => {
      const { entries, hasMore } = lifecycles.history(key('r-1'), { limit: 100 });
      expect(hasMore).toBe(false);
      expect(entries.map((e) => [e.version, e.sequence, e.eventType, e.result, e.changedPaths])).toEqual([
        [1, 1, 'RULE_CREATED', 'SUCCESS', ['action', 'expression', 'name', 'scopes[0].segmentId', 'status']],
        [2, 3, 'RULE_ACTIVATED', 'SUCCESS', ['status']],
        [3, 4, 'RULE_UPDATED', 'SUCCESS', ['action', 'expression', 'scopes[1]']],
        [4, 5, 'RULE_DEACTIVATED', 'FAILED', []],
        [5, 6, 'RULE_DEACTIVATED', 'SUCCESS', ['status']],
        [6, 7, 'RULE_DELETED', 'SUCCESS', ['status']],
      ]);
    });

    it('pages the history with a cursor that only continues the same resource', () => {
      const first = lifecycles.history(key('r-1'), { limit: 4 });
      expect(first.hasMore).toBe(true);
      const second = lifecycles.history(key('r-1'), { limit: 4, cursor: first.nextCursor! });
      expect([...first.entries, ...second.entries].map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(() => lifecycles.history(key('r-2'), { limit: 4, cursor: first.nextCursor! })).toThrow('other filters');
    });

    it('answers the state as it stood after any sequence', () => {
      expect(lifecycles.stateAt(key('r-1'), 0)).toBeUndefined();
      expect(lifecycles.stateAt(key('r-1'), 2)).toMatchObject({ status: 'DRAFT', version: 1 });
      expect(lifecycles.stateAt(key('r-1'), 3)).toMatchObject({ status: 'ACTIVE', version: 2 });
      expect(lifecycles.stateAt(key('r-1'), 5)).toMatchObject({ status: 'ACTIVE', version: 4, attributes: { expression: 'amount > 500' } });
      expect(lifecycles.stateAt(key('r-1'), 99)).toEqual(lifecycles.current(key('r-1')));
    });

    it('changes nothing when an event is delivered again', () => {
      const before = readStore.db.prepare('SELECT COUNT(*) FROM lifecycle_events').pluck().get();
      project();
      expect(readStore.db.prepare('SELECT COUNT(*) FROM lifecycle_events').pluck().get()).toBe(before);
      expect(lifecycles.current(key('r-1'))!.version).toBe(6);
    });
  });

  describe('given a long history with snapshots every 5 versions', () => {
    beforeEach(() => {
      script.add('LIMIT_CREATED', 'l-1', { after: limitImage('0.00') });
      script.add('RULE_CREATED', 'r-1', { after: ruleImage('n', 'e0') });
      for (let i = 1; i <= 60; i++) {
        if (i % 3 === 0) script.add('TRANSACTION_VALIDATED', `tx-${i}`, { request: {}, response: {} });
        else if (i % 7 === 0) script.add(i % 2 ? 'RULE_ACTIVATED' : 'RULE_DEACTIVATED', 'r-1', {}, i % 14 ? 'SUCCESS' : 'FAILED');
        else script.add('RULE_UPDATED', 'r-1', { before: ruleImage('n', `e${i - 1}`), after: ruleImage('n', `e${i}`) });
        script.add('LIMIT_UPDATED', 'l-1', { before: limitImage(`${i - 1}.00`), after: limitImage(`${i}.00`) });
      }
      project();
    });

    it('folds to the same state from a snapshot as from the first event, at every sequence', () => {
      expect(readStore.db.prepare('SELECT COUNT(*) FROM lifecycle_snapshots').pluck().get()).toBeGreaterThan(10);
      for (let sequence = 0; sequence <= script.head; sequence++) {
        for (const k of [key('r-1'), key('l-1', 'limit')]) {
          expect(lifecycles.stateAt(k, sequence)).toEqual(lifecycles.fullFoldAt(k, sequence));
        }
      }
      expect(lifecycles.stateAt(key('l-1', 'limit'), script.head)).toEqual(lifecycles.current(key('l-1', 'limit')));
    });
  });

  describe('listing', () => {
    beforeEach(() => {
      for (let i = 0; i < 30; i++) {
        script.add('RULE_CREATED', `r-${String(i).padStart(2, '0')}`, {
          after: ruleImage(i % 2 ? `Night ${i}` : `Day ${i}`, 'x', i % 3 ? 'DENY' : 'ALLOW', [{ segmentId: `seg-${i % 4}` }]),
        });
      }
      for (let i = 0; i < 30; i += 5) script.add('RULE_ACTIVATED', `r-${String(i).padStart(2, '0')}`);
      script.add('RULE_ACTIVATED', 'r-99', {}, 'FAILED');
      script.add('LIMIT_CREATED', 'l-1', { after: limitImage('10.00', 'MONTHLY', ['acc-1']) });
      project();
    });

    const ids = (resourceType: LifecycleResourceType, filter: object) =>
      lifecycles.list('ledger-a', resourceType, { limit: 1000, ...filter }).items.map((s) => s.resourceId);

    it('filters on status, name prefix, action or limit type, and scope id, in id order', () => {
      expect(ids('rule', { status: 'ACTIVE' })).toEqual(['r-00', 'r-05', 'r-10', 'r-15', 'r-20', 'r-25']);
      expect(ids('rule', { namePrefix: 'Night 1' })).toEqual(['r-01', 'r-11', 'r-13', 'r-15', 'r-17', 'r-19']);
      expect(ids('rule', { kind: 'ALLOW', scopeId: 'seg-0' })).toEqual(['r-00', 'r-12', 'r-24']);
      expect(ids('limit', { kind: 'MONTHLY', scopeId: 'acc-1' })).toEqual(['l-1']);
      expect(ids('rule', { scopeId: 'nowhere' })).toEqual([]);
    });

    it('never lists a resource that was never created', () => {
      expect(ids('rule', {})).not.toContain('r-99');
      expect(ids('rule', {})).toHaveLength(30);
    });

    it('pages with a cursor without duplicates or gaps, and refuses a cursor of another listing', () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = lifecycles.list('ledger-a', 'rule', { limit: 7, status: 'DRAFT', ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((s) => s.resourceId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(ids('rule', { status: 'DRAFT' }));
      const page = lifecycles.list('ledger-a', 'rule', { limit: 7 });
      expect(() => lifecycles.list('ledger-a', 'rule', { limit: 7, status: 'ACTIVE', cursor: page.nextCursor! })).toThrow('other filters');
    });

    it('lists as of a sequence by folding, filters included', () => {
      expect(ids('rule', { asOfSequence: 10 })).toHaveLength(10);
      expect(ids('rule', { asOfSequence: 30, status: 'ACTIVE' })).toEqual([]);
      expect(ids('rule', { asOfSequence: 32, status: 'ACTIVE' })).toEqual(['r-00', 'r-05']);
      expect(ids('rule', { asOfSequence: 32, status: 'DRAFT', namePrefix: 'Day 1' })).toEqual(['r-10', 'r-12', 'r-14', 'r-16', 'r-18']);
      const first = lifecycles.list('ledger-a', 'rule', { limit: 4, asOfSequence: 12 });
      const second = lifecycles.list('ledger-a', 'rule', { limit: 10, asOfSequence: 12, cursor: first.nextCursor! });
      expect([...first.items, ...second.items]).toHaveLength(12);
      expect(lifecycles.allAt('ledger-a', 'rule', 31).filter((s) => s.status === 'ACTIVE').map((s) => s.resourceId)).toEqual(['r-00']);
    });
  });
});
