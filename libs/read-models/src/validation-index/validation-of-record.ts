import type { AuditRecord } from '#ledger-domain';

/** What a TRANSACTION_VALIDATED record says about the validation; members it does not say are absent. */
export interface ValidationFacts {
  transactionId: string;
  /** The record's result: ALLOW, DENY or REVIEW. */
  decision: string;
  accountId?: string;
  segmentId?: string;
  portfolioId?: string;
  transactionType?: string;
  /** The rule ids the validator says it matched, each once, in the order it gave them. */
  matchedRuleIds: string[];
  /** As the emitter wrote it (a decimal string is never turned into a number). */
  amount?: string;
  currency?: string;
}

type Path = readonly string[];

/** Where each member may be found in `context.request`, first spelling first (Lerian Tracer's, loosely). */
const REQUEST_PATHS = {
  accountId: [['accountId'], ['account', 'id'], ['account', 'accountId']],
  segmentId: [['segmentId'], ['segment', 'id'], ['segment', 'segmentId']],
  portfolioId: [['portfolioId'], ['portfolio', 'id'], ['portfolio', 'portfolioId']],
  transactionType: [['transactionType'], ['type']],
  amount: [['amount']],
  currency: [['currency']],
} as const satisfies Record<string, readonly Path[]>;

/**
 * The validation a record describes, or undefined when it is not a TRANSACTION_VALIDATED event of
 * a `transaction`. Emitters differ, so it reads tolerantly: each member is the first non-empty
 * string among its known spellings ({@link REQUEST_PATHS}; `response.matchedRuleIds` and
 * `response.matchedRules`, whose items may be strings or objects with `ruleId` or `id`), and a
 * value of another type counts as absent. The record is stored already: it must be indexed as it
 * is, so this never throws, whatever the context holds.
 */
export function validationOf(record: AuditRecord): ValidationFacts | undefined {
  if (record.eventType !== 'TRANSACTION_VALIDATED' || record.resourceType !== 'transaction') return undefined;
  const request = memberAt(record.context, ['request']);
  const fromRequest = (member: keyof typeof REQUEST_PATHS) => firstText(request, REQUEST_PATHS[member]);
  const facts: ValidationFacts = {
    transactionId: record.resourceId,
    decision: record.result,
    accountId: fromRequest('accountId'),
    segmentId: fromRequest('segmentId'),
    portfolioId: fromRequest('portfolioId'),
    transactionType: fromRequest('transactionType'),
    matchedRuleIds: matchedRuleIdsOf(memberAt(record.context, ['response'])),
    amount: fromRequest('amount'),
    currency: fromRequest('currency'),
  };
  return withoutUndefined(facts);
}

function matchedRuleIdsOf(response: unknown): string[] {
  const items = [memberAt(response, ['matchedRuleIds']), memberAt(response, ['matchedRules'])].flatMap((list) => (Array.isArray(list) ? list : []));
  const ids = items.map((item) => (typeof item === 'string' ? text(item) : firstText(item, [['ruleId'], ['id']])));
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

function firstText(value: unknown, paths: readonly Path[]): string | undefined {
  for (const path of paths) {
    const found = text(memberAt(value, path));
    if (found !== undefined) return found;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The same members in the same order, without the undefined-valued: absent members are omitted, as in every view of this service. */
function withoutUndefined<T extends object>(members: T): T {
  return Object.fromEntries(Object.entries(members).filter(([, value]) => value !== undefined)) as T;
}

/** The value at `path` through own members of plain objects only (never an array index or a prototype's member). */
function memberAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const member of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, member)) return undefined;
    at = (at as Record<string, unknown>)[member];
  }
  return at;
}
