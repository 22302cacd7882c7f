import * as ledgerErrors from './ledger-errors.js';
import { LEDGER_ERROR_CODES } from './ledger-error-codes.js';
import { LedgerError } from './ledger-error.js';
import * as limitErrors from './limit-errors.js';
import * as ruleErrors from './rule-errors.js';
import * as requestBodyErrors from './request-body-errors.js';

const errorClasses = { ...ledgerErrors, ...ruleErrors, ...limitErrors, ...requestBodyErrors };

const violation = [{ path: 'p', message: 'm' }];
/** One instance of every error class; the last test fails when a class is added without one. */
const samples: LedgerError[] = [
  new errorClasses.AuditEventRejectedError(violation),
  new errorClasses.BatchRejectedError(violation),
  new errorClasses.RequestRejectedError(violation),
  new errorClasses.InvalidQueryError(violation),
  new errorClasses.InvalidCursorError('bad cursor'),
  new errorClasses.InvalidIdempotencyKeyError('too long'),
  new errorClasses.InvalidUtf8BodyError('context.note', 12, 0xff),
  new errorClasses.DuplicateMemberNameError('context.after.name'),
  new errorClasses.AuditEventNotFoundError('0190b6c2-0000-7000-8000-000000000000'),
  new errorClasses.ValidationNotFoundError('tx-1'),
  new errorClasses.RuleNotFoundError('rule-1'),
  new errorClasses.LimitNotFoundError('limit-1'),
  new errorClasses.RuleAlreadyExistsError('rule-1'),
  new errorClasses.RuleUnknownError('rule-1'),
  new errorClasses.RuleDeletedError('rule-1'),
  new errorClasses.RuleAlreadyActiveError('rule-1'),
  new errorClasses.RuleNotActiveError('rule-1', 'DRAFT'),
  new errorClasses.RuleNotDraftError('rule-1', 'ACTIVE'),
  new errorClasses.RuleVersionMismatchError('rule-1', 2, 3),
  new errorClasses.RuleBeforeMismatchError('rule-1', violation),
  new errorClasses.LimitAlreadyExistsError('limit-1'),
  new errorClasses.LimitUnknownError('limit-1'),
  new errorClasses.LimitDeletedError('limit-1'),
  new errorClasses.LimitAlreadyActiveError('limit-1'),
  new errorClasses.LimitNotActiveError('limit-1', 'INACTIVE'),
  new errorClasses.LimitNotDraftError('limit-1', 'INACTIVE'),
  new errorClasses.LimitVersionMismatchError('limit-1', 2, 3),
  new errorClasses.LimitBeforeMismatchError('limit-1', violation),
  new errorClasses.IdempotencyKeyReusedError(),
  new errorClasses.LedgerContentionError(),
  new errorClasses.LedgerShuttingDownError(),
  new errorClasses.ReadModelsBehindError(),
  new errorClasses.TooManyStreamsError(100),
  new errorClasses.CheckpointNotFoundError('l'),
  new errorClasses.TileNotFoundError('tile/0/000'),
  new errorClasses.LogContradictsCheckpointError({ ledgerId: 'l', checkpointSize: 2, reason: 'log-shorter', treeSize: 1, logLength: 1 }),
  new errorClasses.LogBehindAcknowledgedError({ ledgerId: 'l', acknowledgedSequence: 3, acknowledgedHash: 'a'.repeat(64), source: 'writer', logLength: 2, logHashAtSequence: null }),
  new errorClasses.ProjectionNotFoundError('x', ['audit-event-index']),
  new errorClasses.RebuildInProgressError('audit-event-index'),
  new errorClasses.MissingApiKeyError(),
  new errorClasses.UnknownApiKeyError(),
  new errorClasses.MissingScopeError(['audit:write']),
  new errorClasses.RateLimitedError(60, 1),
  new errorClasses.ConflictingApiKeysError(),
];

describe('the error registry', () => {
  it('has unique codes and titles', () => {
    const titles = Object.values(LEDGER_ERROR_CODES).map((entry) => entry.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(Object.keys(LEDGER_ERROR_CODES).every((code) => /^[A-Z]+\.[A-Z_]+$/.test(code))).toBe(true);
  });

  it('locks the codes clients rely on, with their kinds', () => {
    const kinds = Object.fromEntries(Object.entries(LEDGER_ERROR_CODES).map(([code, entry]) => [code, entry.kind]));
    expect(kinds).toMatchObject({
      'LEDGER.AUDIT_EVENT_INVALID': 'invalid',
      'LEDGER.BATCH_INVALID': 'invalid',
      'LEDGER.INVALID_QUERY': 'invalid',
      'LEDGER.INVALID_CURSOR': 'invalid',
      'LEDGER.AUDIT_EVENT_NOT_FOUND': 'not-found',
      'LEDGER.IDEMPOTENCY_KEY_REUSED': 'conflict',
      'LEDGER.CONTENTION': 'unavailable',
      'LEDGER.LOG_CONTRADICTS_CHECKPOINT': 'unavailable',
      'LEDGER.TOO_MANY_STREAMS': 'unavailable',
      'LEDGER.RULE_NOT_FOUND': 'not-found',
      'LEDGER.LIMIT_NOT_FOUND': 'not-found',
      'LEDGER.VALIDATION_NOT_FOUND': 'not-found',
      'LEDGER.RULE_ALREADY_EXISTS': 'conflict',
      'LEDGER.RULE_UNKNOWN': 'conflict',
      'LEDGER.RULE_DELETED': 'conflict',
      'LEDGER.RULE_ALREADY_ACTIVE': 'conflict',
      'LEDGER.RULE_NOT_ACTIVE': 'conflict',
      'LEDGER.RULE_VERSION_MISMATCH': 'conflict',
      'LEDGER.RULE_BEFORE_MISMATCH': 'conflict',
      'LEDGER.LIMIT_ALREADY_EXISTS': 'conflict',
      'LEDGER.LIMIT_UNKNOWN': 'conflict',
      'LEDGER.LIMIT_DELETED': 'conflict',
      'LEDGER.LIMIT_ALREADY_ACTIVE': 'conflict',
      'LEDGER.LIMIT_NOT_ACTIVE': 'conflict',
      'LEDGER.LIMIT_VERSION_MISMATCH': 'conflict',
      'LEDGER.LIMIT_BEFORE_MISMATCH': 'conflict',
    });
  });

  it('gives every error class a registered code, kind and title, and every code a class', () => {
    for (const error of samples) {
      expect(error).toBeInstanceOf(LedgerError);
      expect({ name: error.name, kind: error.kind, title: error.title }).toEqual({
        name: error.constructor.name,
        ...LEDGER_ERROR_CODES[error.code],
      });
    }
    expect(samples.map((error) => error.code).sort()).toEqual(Object.keys(LEDGER_ERROR_CODES).sort());
  });

  it('has a sample above for every exported error class', () => {
    expect(samples.map((error) => error.constructor.name).sort()).toEqual(Object.keys(errorClasses).sort());
  });
});
