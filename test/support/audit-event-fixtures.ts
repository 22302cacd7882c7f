/** Valid request bodies for each kind of event, for the end-to-end suites. */
export function ruleCreated(resourceId: string, overrides: Record<string, unknown> = {}) {
  return {
    eventType: 'RULE_CREATED',
    resourceId,
    result: 'SUCCESS',
    actor: { id: 'user-1', actorType: 'user', name: 'Ana Souza' },
    context: { after: { name: `rule ${resourceId}`, expression: 'amount > 1000', action: 'DENY' } },
    metadata: { origin: 'e2e' },
    ...overrides,
  };
}

export function transactionValidated(resourceId: string, result: 'ALLOW' | 'DENY' | 'REVIEW' = 'ALLOW') {
  return {
    eventType: 'TRANSACTION_VALIDATED',
    resourceId,
    result,
    actor: { id: 'validator', actorType: 'service' },
    context: { request: { amount: '120.50', currency: 'BRL' }, response: { decision: result } },
    metadata: {},
  };
}

export function customEvent(resourceId: string) {
  return {
    eventType: 'COMPANY_DATA_UPDATED',
    category: 'COMPANY',
    source: 'APP',
    resourceType: 'company',
    resourceId,
    action: 'UPDATE',
    result: 'completed',
    description: 'Company address changed to Zürich',
    actor: { id: 'admin-9', actorType: 'user', role: 'admin', ipAddress: '10.1.2.3' },
    context: { before: { city: '東京' }, after: { city: 'Zürich' } },
    metadata: { ticket: 'OPS-1' },
  };
}

/** A TRANSACTION_VALIDATED body carrying this validation request and decision. */
export function transactionValidatedWith(
  resourceId: string,
  result: 'ALLOW' | 'DENY' | 'REVIEW',
  request: Record<string, unknown>,
  response: Record<string, unknown> = {},
) {
  return {
    eventType: 'TRANSACTION_VALIDATED',
    resourceId,
    result,
    actor: { id: 'validator', actorType: 'service' },
    context: { request, response: { decision: result, ...response } },
    metadata: {},
  };
}

/** A rule or limit lifecycle event (RULE_ACTIVATED, LIMIT_CREATED, …) that succeeded; `context` as its type requires. */
export function lifecycleEvent(eventType: string, resourceId: string, context: Record<string, unknown> = {}) {
  return { eventType, resourceId, result: 'SUCCESS', actor: { id: 'user-1', actorType: 'user' }, context, metadata: {} };
}
