const RESULTS = ['ALLOW', 'DENY', 'REVIEW'] as const;

/**
 * The request body of the n-th benchmark event, as JSON text: a realistic ~1 KB RULE_UPDATED
 * (odd n; of a rule that ruleSetupBody created) or TRANSACTION_VALIDATED (even n) with nested context. Built by string templating,
 * not JSON.stringify, so the load generator spends next to no CPU on it; only numbers and
 * fixed texts are interpolated, so the text is always valid JSON. Distinct for every n.
 */
export function sampleEventJson(n: number): string {
  return n % 2 === 0 ? transactionValidated(n) : ruleUpdated(n);
}

/** {@link sampleEventJson} parsed. */
export function sampleEvent(n: number): Record<string, unknown> {
  return JSON.parse(sampleEventJson(n)) as Record<string, unknown>;
}

/** The rule id the n-th event updates (when it is a RULE_UPDATED): 300 rules share the updates. */
export function ruleIdOf(n: number): string {
  return `rule-${n % RULE_COUNT}`;
}

function transactionValidated(n: number): string {
  const result = RESULTS[n % 3]!;
  const amount = `${Math.floor((n * 7919) % 1_000_000) / 100}`;
  return `{"eventType":"TRANSACTION_VALIDATED","resourceId":"tx-${n}","result":"${result}",\
"actor":{"id":"transaction-validator","actorType":"service","name":"Transaction validator","ipAddress":"10.12.${n % 256}.${(n >> 8) % 256}"},\
"context":{"request":{"transactionId":"tx-${n}","transactionType":"PIX","amount":"${amount}","currency":"BRL",\
"accountId":"acc-${n % 5000}","segmentId":"seg-${n % 20}","portfolioId":"pf-${n % 50}","merchant":{"id":"m-${n % 900}","name":"Padaria São João","mcc":"5462","city":"São Paulo"},\
"channel":"MOBILE","deviceId":"dev-${(n * 31) % 100000}","userAgent":"PaymentsApp/7.12.0 (Android 14; Pixel 8)","receivedAt":"2026-11-22T10:${pad2((n >> 6) % 60)}:${pad2(n % 60)}.${String(n % 1000).padStart(3, '0')}Z"},\
"response":{"decision":"${result}","matchedRules":["rule-${n % 300}","rule-${(n + 7) % 300}"],\
"limitsChecked":[{"limitId":"limit-${n % 40}","limitType":"DAILY","remaining":"${(n % 5000) + 0.5}"},{"limitId":"limit-${(n + 3) % 40}","limitType":"MONTHLY","remaining":"${(n % 90000) + 0.25}"}],\
"score":${n % 1000},"latencyMs":${n % 17},"reason":"within daily limit for segment"}},\
"metadata":{"traceId":"${hex32(n)}","spanId":"${hex32(n * 13).slice(0, 16)}","region":"sa-east-1","validatorVersion":"2.4.1"}}`;
}

function ruleUpdated(n: number): string {
  const rule = ruleIdOf(n);
  // Each update's before-image is the after-image of the previous update of the same rule (n − 300), so the ledger's gap detection passes.
  const before = n >= RULE_COUNT ? ruleImage(rule, n - RULE_COUNT) : initialRuleImage(rule);
  return `{"eventType":"RULE_UPDATED","resourceId":"${rule}","result":"SUCCESS",\
"description":"Threshold of ${rule} raised after the quarterly risk review; night-time PIX above it is now denied",\
"actor":{"id":"user-${n % 30}","actorType":"user","name":"Ana Souza","role":"risk-manager","ipAddress":"10.20.${n % 256}.40"},\
"context":{"before":${before},"after":${ruleImage(rule, n)}},\
"metadata":{"ticket":"RISK-${n}","approvals":2,"approvedBy":["user-${(n + 1) % 30}","user-${(n + 2) % 30}"],\
"comment":"Raised for the Zürich branch after the quarterly review (東京 desk informed)"}}`;
}

/** The after-image of the n-th event (an update of rule `rule`). */
function ruleImage(rule: string, n: number): string {
  return `{"ruleId":"${rule}","name":"High-value PIX at night","status":"ACTIVE","priority":${(n + 1) % 10},\
"expression":"amount > ${5000 + (n % 1000)} and hour(createdAt) >= 22","action":"DENY","scopes":[{"segmentId":"seg-${n % 20}"},{"portfolioId":"pf-${n % 50}"}],"version":${(n % 97) + 1}}`;
}

/** A rule's image before its first update: as created (and then activated) by {@link ruleSetupBody}. */
function initialRuleImage(rule: string): string {
  return `{"ruleId":"${rule}","name":"High-value PIX at night","status":"ACTIVE","priority":0,\
"expression":"amount > 5000 and hour(createdAt) >= 22","action":"REVIEW","scopes":[{"segmentId":"seg-0"}],"version":0}`;
}

/** How many rules the updates are spread over (rule ids `rule-0` … `rule-299`). */
export const RULE_COUNT = 300;

/**
 * The batch that creates and activates every rule the sample updates change: the ledger refuses
 * an update of a rule it does not hold, or whose before-image differs from its state.
 */
export function ruleSetupBody(): string {
  const events: string[] = [];
  for (let k = 0; k < RULE_COUNT; k++) {
    const rule = `rule-${k}`;
    const image = initialRuleImage(rule);
    events.push(`{"eventType":"RULE_CREATED","resourceId":"${rule}","result":"SUCCESS","actor":{"id":"bench","actorType":"service"},"context":{"after":${image}}}`);
    events.push(`{"eventType":"RULE_ACTIVATED","resourceId":"${rule}","result":"SUCCESS","actor":{"id":"bench","actorType":"service"},"context":{}}`);
  }
  return `{"events":[${events.join(',')}]}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0').repeat(4);
}

let nextNumber = 0;

/** A fresh event number for this run: every event the bench sends is distinct. */
export function nextEventNumber(): number {
  return nextNumber++;
}
