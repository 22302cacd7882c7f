import type { Violation } from '../errors/violation.js';
import { isPlainObject } from '../validation/json-shape.js';
import type { AfterImage } from './attribute-checks.js';
import { checkLimitAttributes } from './limit-attributes.js';
import { lifecycleOf } from './lifecycle-of.js';
import type { LifecycleResourceType } from './lifecycle-state.js';
import { checkRuleAttributes } from './rule-attributes.js';

const ATTRIBUTE_CHECKS: Readonly<Record<LifecycleResourceType, (after: AfterImage, violations: Violation[]) => void>> = {
  rule: checkRuleAttributes,
  limit: checkLimitAttributes,
};

/** Actions whose success carries the resource's full after-image in `context.after`. */
const WITH_AFTER_IMAGE = new Set(['CREATE', 'UPDATE', 'DRAFT']);

/**
 * normalizeAuditEvent's hook for lifecycle events: a successful CREATE, UPDATE or DRAFT of a rule
 * or limit must carry an after-image with that resource type's attributes; a DRAFT's is a draft
 * (a `status` in it, optional as in every image, can only be DRAFT). Failed attempts may
 * carry anything (they record what was tried). A missing or non-object `context.after` is left
 * to the event-type rules, which report it already.
 */
export function checkLifecycleAfterImage(eventType: string | undefined, result: string | undefined, context: unknown, violations: Violation[]): void {
  const lifecycle = eventType === undefined ? undefined : lifecycleOf(eventType);
  if (lifecycle === undefined || result !== 'SUCCESS' || !WITH_AFTER_IMAGE.has(lifecycle.action)) return;
  const after = isPlainObject(context) ? context['after'] : undefined;
  if (!isPlainObject(after)) return;
  ATTRIBUTE_CHECKS[lifecycle.resourceType](after, violations);
  if (lifecycle.action === 'DRAFT' && after['status'] !== undefined && after['status'] !== 'DRAFT') {
    violations.push({ path: 'context.after.status', message: `context.after of ${eventType} is a draft: its status can only be DRAFT` });
  }
}
