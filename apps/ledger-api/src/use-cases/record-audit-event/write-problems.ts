import type { ProblemAnswerSpec } from '../../platform/openapi/index.js';

/** The problem answers an append (one event or a batch) can give beside 400 and the guard's. */
export const WRITE_PROBLEMS: ProblemAnswerSpec[] = [
  {
    status: 409,
    code: 'LEDGER.IDEMPOTENCY_KEY_REUSED',
    description:
      'The Idempotency-Key was used with a different body, or a rule/limit event conflicts with the resource’s lifecycle (`LEDGER.RULE_*`, `LEDGER.LIMIT_*`: already exists, unknown, deleted, already active, not active, `…_VERSION_MISMATCH` for expectedVersion, `…_BEFORE_MISMATCH`); nothing was stored',
  },
  413,
  415,
  {
    status: 503,
    code: 'LEDGER.CONTENTION',
    description:
      'Nothing was stored; retry after Retry-After: the ledger is busy (`LEDGER.CONTENTION`), the read models are behind (`LEDGER.READ_MODELS_BEHIND`), the log contradicts a signed checkpoint (`LEDGER.LOG_CONTRADICTS_CHECKPOINT`), the store is unreachable (`STORE.UNAVAILABLE`) or the service is shutting down (`LEDGER.SHUTTING_DOWN`)',
  },
];
