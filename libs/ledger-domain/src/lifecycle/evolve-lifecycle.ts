import { attributesOf } from './lifecycle-attributes.js';
import type { LifecycleEvent } from './lifecycle-event.js';
import { lifecycleOf } from './lifecycle-of.js';
import type { LifecycleState } from './lifecycle-state.js';

/**
 * The state after one more recorded event of the resource. Every event counts toward `version`
 * and becomes `lastEventId`/`lastSequence`; only a SUCCESS of a lifecycle type changes more:
 * CREATE → DRAFT with the after-image's attributes (createdAt the first time), UPDATE → the
 * after-image's attributes, DRAFT (a draft revision) → the after-image's attributes, the status
 * kept, ACTIVATE → ACTIVE, DEACTIVATE → INACTIVE, DELETE → DELETED, each
 * setting its timestamp and updatedAt to the record's createdAt. Events of another type that
 * name this resource (custom types) only count.
 * Total: records are facts, so a step decideLifecycle would have refused is applied as well
 * (an ACTIVATE of a resource never created gives ACTIVE without attributes; an after-image that
 * is not an object leaves the attributes as they were). Pure: the inputs are not changed; the
 * attributes share nested values with the event's context.
 * @throws Error when the event is of another resource than the state, or its lifecycle type is
 *   of the other resource type (a programming error: the caller folded the wrong events).
 */
export function evolveLifecycle(state: LifecycleState, event: LifecycleEvent): LifecycleState {
  const lifecycle = lifecycleOf(event.eventType);
  const ofThisResource = event.resourceType === state.resourceType && event.resourceId === state.resourceId;
  if (!ofThisResource || (lifecycle !== undefined && lifecycle.resourceType !== state.resourceType)) {
    const what = `event ${event.eventId} (${event.eventType} of ${event.resourceType} ${event.resourceId})`;
    throw new Error(`evolveLifecycle: ${what} is not of ${state.resourceType} ${state.resourceId}`);
  }
  const next: LifecycleState = { ...state, version: state.version + 1, lastEventId: event.eventId, lastSequence: event.sequence };
  if (lifecycle === undefined || event.result !== 'SUCCESS') return next;
  const at = event.createdAt;
  const after = attributesOf(event.context['after']);
  switch (lifecycle.action) {
    case 'CREATE':
      return { ...next, status: 'DRAFT', attributes: after ?? state.attributes, createdAt: state.createdAt ?? at, updatedAt: at };
    case 'UPDATE':
    case 'DRAFT':
      return { ...next, attributes: after ?? state.attributes, updatedAt: at };
    case 'ACTIVATE':
      return { ...next, status: 'ACTIVE', activatedAt: at, updatedAt: at };
    case 'DEACTIVATE':
      return { ...next, status: 'INACTIVE', deactivatedAt: at, updatedAt: at };
    case 'DELETE':
      return { ...next, status: 'DELETED', deletedAt: at, updatedAt: at };
    default: {
      const unknown: never = lifecycle.action;
      throw new Error(`unhandled lifecycle action ${String(unknown)}`);
    }
  }
}
