import type { AuditEventDraft } from '../audit-record.js';
import { resourceError } from '../errors/for-resource-type.js';
import { ResourceBeforeMismatchError, ResourceVersionMismatchError } from '../errors/resource-conflict-errors.js';
import { beforeImageGap } from './before-image-gap.js';
import { checkLifecycleTransition } from './check-lifecycle-transition.js';
import { withBeforeImageMismatchFlag } from './ledger-flags.js';
import type { LifecycleCommand, LifecyclePolicy } from './lifecycle-command.js';
import { lifecycleOf } from './lifecycle-of.js';
import type { LifecycleState } from './lifecycle-state.js';

/**
 * Decides whether the ledger records a lifecycle event of a rule or limit, given the resource's
 * state (its own events folded with evolveLifecycle). Checks, in order: `expectedVersion` (for
 * every result); then, for result SUCCESS only, the status machine and, for UPDATE and DELETE,
 * that `context.before` is the state the ledger holds. A FAILED attempt is recorded whatever
 * the status. Under policy `flag` a differing before-image is recorded with
 * `metadata.ledgerFlags.beforeImageMismatch` instead of refused. The draft is never changed.
 * Preconditions: the draft was normalized (normalizeAuditEvent), its eventType is a rule or
 * limit lifecycle type, its result SUCCESS or FAILED, and its resourceType and resourceId are the state's.
 * @returns the drafts to record: exactly one.
 * @throws a LifecycleConflictError about the state's resource type (Resource{VersionMismatch,
 *   AlreadyExists,Unknown,Deleted,AlreadyActive,NotActive,BeforeMismatch}Error, as the class
 *   `forResourceType` gives, e.g. RuleUnknownError); a plain Error when a precondition is broken.
 */
export function decideLifecycle(command: LifecycleCommand, state: LifecycleState, policy: LifecyclePolicy): AuditEventDraft[] {
  const { draft, expectedVersion } = command;
  const lifecycle = lifecycleOf(draft.eventType);
  const ofThisResource = draft.resourceType === state.resourceType && draft.resourceId === state.resourceId;
  if (lifecycle === undefined || lifecycle.resourceType !== state.resourceType || !ofThisResource) {
    const what = `a ${draft.eventType} of ${draft.resourceType} ${draft.resourceId}`;
    throw new Error(`decideLifecycle: ${what} is not a lifecycle event of ${state.resourceType} ${state.resourceId}`);
  }
  if (draft.result !== 'SUCCESS' && draft.result !== 'FAILED') {
    throw new Error(`decideLifecycle: result ${draft.result} is not SUCCESS or FAILED; normalize the event first`);
  }
  if (expectedVersion !== undefined && expectedVersion !== state.version) {
    throw resourceError(ResourceVersionMismatchError, state.resourceType, state.resourceId, expectedVersion, state.version);
  }
  if (draft.result === 'FAILED') return [draft];

  checkLifecycleTransition(lifecycle.action, state);
  if (lifecycle.action !== 'UPDATE' && lifecycle.action !== 'DELETE') return [draft];
  const gap = beforeImageGap(draft.context['before'], state);
  if (gap.length === 0) return [draft];
  if (policy.beforeImageMismatch === 'reject') throw resourceError(ResourceBeforeMismatchError, state.resourceType, state.resourceId, gap);
  return [withBeforeImageMismatchFlag(draft, gap.map((violation) => violation.path))];
}
