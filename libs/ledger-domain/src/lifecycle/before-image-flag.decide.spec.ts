import { RuleDeletedError } from '../errors/rule-errors.js';
import type { LifecyclePolicy } from './lifecycle-command.js';
import { given } from './testing/given-lifecycle.js';
import { draftsOf, recorded } from './testing/lifecycle-fixtures.js';

const FLAG: LifecyclePolicy = { beforeImageMismatch: 'flag' };
const rule = draftsOf('rule');
const held = rule.attributes;
const changed = { ...held, expression: 'amount > 9000' };
const history = recorded(rule.created(), rule.activated());

describe('under the flag policy', () => {
  describe('when the before-image differs', () => {
    it('records the event with the differing paths in metadata.ledgerFlags, keeping the other metadata', () => {
      const draft = { ...rule.updated({ ...held, name: 'old', status: 'DRAFT' }, changed), metadata: { ticket: 'OPS-1' } };
      given(history).when({ draft }, FLAG).then([
        { ...draft, metadata: { ticket: 'OPS-1', ledgerFlags: { beforeImageMismatch: { paths: ['context.before.name', 'context.before.status'] } } } },
      ]);
    });

    it('leaves the command draft untouched', () => {
      const draft = { ...rule.deleted({ ...held, name: 'old' }), metadata: { ticket: 'OPS-1' } };
      const copy = JSON.parse(JSON.stringify(draft));
      given(history).when({ draft }, FLAG).then((drafts) => expect(drafts[0]).not.toBe(draft));
      expect(draft).toEqual(copy);
    });

    it('lists at most 100 paths and counts the others', () => {
      const extra = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`k${String(i).padStart(3, '0')}`, i]));
      given(history).when({ draft: rule.updated({ ...held, ...extra }, changed) }, FLAG).then(([draft]) => {
        const flag = (draft!.metadata['ledgerFlags'] as { beforeImageMismatch: { paths: string[]; omittedPaths: number } }).beforeImageMismatch;
        expect({ listed: flag.paths.length, first: flag.paths[0], omittedPaths: flag.omittedPaths })
          .toEqual({ listed: 100, first: 'context.before.k000', omittedPaths: 30 });
      });
    });
  });

  describe('when the before-image is the held state', () => {
    it('records the draft without flags', () => {
      given(history).when({ draft: rule.updated(held, changed) }, FLAG).then([rule.updated(held, changed)]);
    });
  });

  describe('when the rule is deleted', () => {
    it('still rejects an update: the flag only concerns before-images', () => {
      given(recorded(rule.created(), rule.deleted(held)))
        .when({ draft: rule.updated({ ...held, name: 'old' }, changed) }, FLAG)
        .thenThrows(RuleDeletedError, 'LEDGER.RULE_DELETED');
    });
  });
});
