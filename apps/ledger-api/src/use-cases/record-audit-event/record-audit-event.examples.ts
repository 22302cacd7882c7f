/** Example request bodies for the OpenAPI document (the README walkthrough's event, and a custom one). */
export const RECORD_AUDIT_EVENT_EXAMPLES = {
  ruleCreated: {
    summary: 'A known type: resourceType and action are filled in',
    value: {
      eventType: 'RULE_CREATED',
      resourceId: 'rule-7',
      result: 'SUCCESS',
      actor: { id: 'ana', actorType: 'user' },
      context: { after: { name: 'High value', expression: 'amount > 10000', action: 'REVIEW' } },
      metadata: { ticket: 'RISK-12' },
    },
  },
  custom: {
    summary: 'A custom type: category and source are required',
    value: {
      eventType: 'COMPANY_DATA_UPDATED',
      category: 'COMPANY',
      source: 'APP',
      resourceType: 'company',
      resourceId: 'company-1',
      action: 'UPDATE',
      result: 'completed',
      actor: { id: 'admin-9', actorType: 'user', role: 'admin', ipAddress: '10.1.2.3' },
      context: { before: { city: 'Tokyo' }, after: { city: 'Zürich' } },
    },
  },
};
