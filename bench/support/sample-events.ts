/** A realistic ~1 KB audit event body: a limit update with nested before/after, or a validation. */
export function sampleEvent(n: number): Record<string, unknown> {
  if (n % 2 === 0) {
    return {
      eventType: 'TRANSACTION_VALIDATED',
      resourceId: `tx-${n}`,
      result: ['ALLOW', 'DENY', 'REVIEW'][n % 3],
      actor: { id: 'transaction-validator', actorType: 'service', name: 'Transaction validator' },
      context: {
        request: { transactionId: `tx-${n}`, amount: `${(n % 100000) / 100}`, currency: 'BRL', accountId: `acc-${n % 5000}`, segmentId: `seg-${n % 20}`, portfolioId: `pf-${n % 50}`, transactionType: 'PIX', merchant: 'Padaria São João' },
        response: { decision: 'ALLOW', matchedRules: [`rule-${n % 300}`, `rule-${(n + 7) % 300}`], limitsChecked: [`limit-${n % 40}`], latencyMs: n % 17, reason: 'within daily limit for segment' },
      },
      metadata: { traceId: `trace-${n}-0af7651916cd43dd8448eb211c80319c`, region: 'sa-east-1', version: '2.4.1' },
    };
  }
  return {
    eventType: 'LIMIT_UPDATED',
    resourceId: `limit-${n % 40}`,
    result: 'SUCCESS',
    actor: { id: `user-${n % 30}`, actorType: 'user', name: 'Ana Souza', role: 'risk-manager', ipAddress: '10.20.30.40' },
    context: {
      before: { limitType: 'DAILY', maxAmount: '5000.00', currency: 'BRL', scopes: [{ segmentId: `seg-${n % 20}` }], status: 'ACTIVE' },
      after: { limitType: 'DAILY', maxAmount: `${5000 + (n % 1000)}.00`, currency: 'BRL', scopes: [{ segmentId: `seg-${n % 20}` }, { portfolioId: `pf-${n % 50}` }], status: 'ACTIVE' },
    },
    metadata: { ticket: `RISK-${n}`, approvals: 2, comment: 'Raised for the Zürich branch after the quarterly review (東京 desk informed)' },
  };
}
