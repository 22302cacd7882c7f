import type { AuditEventDraft } from '../../audit-record.js';
import { decideLifecycle } from '../decide-lifecycle.js';
import { evolveLifecycle } from '../evolve-lifecycle.js';
import type { LifecycleCommand, LifecyclePolicy } from '../lifecycle-command.js';
import type { LifecycleEvent } from '../lifecycle-event.js';
import { initialLifecycleState, type LifecycleResourceType } from '../lifecycle-state.js';

const REJECT: LifecyclePolicy = { beforeImageMismatch: 'reject' };

/**
 * given([...records]).when(command, policy?).then(expectedDrafts | (drafts) => void) /
 * .thenThrows(ErrorClass, code?). The records are folded with evolveLifecycle from the initial
 * state of the command's resource; the policy defaults to `reject`.
 */
export function given(records: readonly LifecycleEvent[]) {
  return {
    when(command: LifecycleCommand, policy: LifecyclePolicy = REJECT) {
      const { resourceType, resourceId } = command.draft;
      const initial = initialLifecycleState(resourceType as LifecycleResourceType, resourceId);
      const state = records.reduce(evolveLifecycle, initial);
      const decide = () => decideLifecycle(command, state, policy);
      return {
        then(expected: AuditEventDraft[] | ((drafts: AuditEventDraft[]) => void)): void {
          const drafts = decide();
          if (typeof expected === 'function') expected(drafts);
          else expect(drafts).toEqual(expected);
        },
        thenThrows<E extends Error>(errorClass: abstract new (...args: never[]) => E, code?: string): E {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorClass);
          if (code !== undefined) expect((thrown as { code?: unknown }).code).toBe(code);
          return thrown as E;
        },
      };
    },
  };
}
