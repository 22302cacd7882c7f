import type { AuditEventInput, AuditRecord, LedgerApiClient, Problem } from './ledger-api-client.js';

/*
 * Compiled (never run) by test/openapi-contract.e2e-spec.ts with this folder's tsconfig.json: the
 * generated types must accept what the service accepts and refuse what it refuses. Each
 * @ts-expect-error fails the compilation if the types stop refusing that misuse (a response typed
 * `never` or `unknown`, a lost enum, a bare number for an integer…).
 */
const event: AuditEventInput = {
  eventType: 'RULE_CREATED',
  resourceId: 'rule-7',
  result: 'SUCCESS',
  actor: { id: 'ana', actorType: 'user' },
  context: { after: { name: 'High value' } },
};

export async function typeChecks(client: LedgerApiClient): Promise<void> {
  const created = await client.POST('/v1/audit-events', { body: event, headers: { 'Idempotency-Key': 'rule-7-created' } });
  if (created.data) {
    const record: AuditRecord = created.data;
    const sequence: number = record.sequence;
    const actorType: 'user' | 'service' | 'api_key' | 'system' = record.actor.actorType;
    // @ts-expect-error a record's sequence is a number
    const wrong: string = record.sequence;
    void [sequence, actorType, wrong];
  } else {
    const problem: Problem = created.error;
    const violations: { path: string; message: string }[] | undefined = problem.errors;
    void violations;
  }

  const page = await client.GET('/v1/audit-events', { params: { query: { event_type: 'RULE_CREATED', limit: 10, sort_order: 'ASC' } } });
  const cursor: string | null | undefined = page.data?.nextCursor;
  const hasMore: boolean | undefined = page.data?.hasMore;
  void [cursor, hasMore];
  // @ts-expect-error sort_order is ASC or DESC
  await client.GET('/v1/audit-events', { params: { query: { sort_order: 'UP' } } });
  // @ts-expect-error limit is a number
  await client.GET('/v1/audit-events', { params: { query: { limit: '10' } } });
  // @ts-expect-error actorType is one of the actor types
  await client.POST('/v1/audit-events', { body: { ...event, actor: { id: 'ana', actorType: 'robot' } } });
  // @ts-expect-error eventId is a required path parameter
  await client.GET('/v1/audit-events/{eventId}', {});
  // @ts-expect-error no such path
  await client.GET('/v1/audit-event');

  const head = await client.GET('/v1/ledger');
  const headHash: string | undefined = head.data?.headHash;
  void headHash;
  const proof = await client.GET('/v1/audit-events/{eventId}/inclusion-proof', { params: { path: { eventId: 'x' }, query: { tree_size: 1 } } });
  const hashes: string[] | undefined = proof.data?.hashes;
  void hashes;
  const checkpoint = await client.GET('/v1/ledger/checkpoint', { parseAs: 'text' });
  const note: string | undefined = checkpoint.data;
  void note;
  const verification = await client.GET('/v1/ledger/verify', { params: { query: { from_sequence: 1, max_records: 100 } } });
  const broken: number | null | undefined = verification.data?.firstBrokenSequence;
  void broken;
}
