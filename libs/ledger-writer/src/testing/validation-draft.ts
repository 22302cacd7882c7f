import type { AuditEventDraft } from '#ledger-domain';

/** A TRANSACTION_VALIDATED draft of `resourceId`, as normalization leaves it: for write-core tests. */
export const validationDraft = (resourceId: string): AuditEventDraft => ({
  eventType: 'TRANSACTION_VALIDATED',
  resourceType: 'transaction',
  resourceId,
  action: 'VALIDATE',
  result: 'ALLOW',
  actor: { id: 'ana', actorType: 'user' },
  context: { request: {}, response: {} },
  metadata: {},
});
