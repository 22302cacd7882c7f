import { LedgerError } from './ledger-error.js';
import { capViolations, type Violation } from './violation.js';

const summarize = (violations: readonly Violation[]) =>
  violations.length === 1 ? `${violations[0]!.path}: ${violations[0]!.message}` : `${violations.length} problems; see errors`;

/** One audit event broke the event-type rules or a bound (normalizeAuditEvent). */
export class AuditEventRejectedError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    const listed = capViolations(violations);
    super('LEDGER.AUDIT_EVENT_INVALID', summarize(listed), listed);
  }
}

/** At least one event of a batch is bad; paths are `events[i].…`; nothing of the batch was stored. */
export class BatchRejectedError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    super('LEDGER.BATCH_INVALID', `${summarize(violations)}; nothing was stored`, violations);
  }
}

/** Structural problems found by the HTTP layer's validation (types, unknown members, lengths). */
export class RequestRejectedError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    super('LEDGER.REQUEST_INVALID', summarize(violations), violations);
  }
}

/** Bad list or verify parameters (`limit`, `start_date`, `from_sequence`, …). */
export class InvalidQueryError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    super('LEDGER.INVALID_QUERY', summarize(violations), violations);
  }
}

/** A list cursor that this service did not issue, or issued for another query or ledger. */
export class InvalidCursorError extends LedgerError {
  constructor(reason: string) {
    super('LEDGER.INVALID_CURSOR', reason, [{ path: 'cursor', message: reason }]);
  }
}

export class InvalidIdempotencyKeyError extends LedgerError {
  constructor(reason: string) {
    super('LEDGER.INVALID_IDEMPOTENCY_KEY', reason, [{ path: 'Idempotency-Key', message: reason }]);
  }
}

/** Unknown event id, or an event of another ledger (indistinguishable on purpose). */
export class AuditEventNotFoundError extends LedgerError {
  constructor(eventId: string) {
    super('LEDGER.AUDIT_EVENT_NOT_FOUND', `audit event ${eventId} does not exist in this ledger`);
  }
}

/** No TRANSACTION_VALIDATED event for this transaction id in this ledger. */
export class ValidationNotFoundError extends LedgerError {
  constructor(transactionId: string) {
    super('LEDGER.VALIDATION_NOT_FOUND', `no validation of transaction ${transactionId} is recorded in this ledger`);
  }
}

/** The same Idempotency-Key came with a different body. */
export class IdempotencyKeyReusedError extends LedgerError {
  constructor() {
    super('LEDGER.IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used with a different request body');
  }
}

/** The writer gave up after its bounded retries against other writers of the same ledger. */
export class LedgerContentionError extends LedgerError {
  constructor() {
    super('LEDGER.CONTENTION', 'other writers kept moving the ledger tail; the request was not stored, retry');
  }
}

export class LedgerShuttingDownError extends LedgerError {
  constructor() {
    super('LEDGER.SHUTTING_DOWN', 'the service is shutting down; the request was not stored, retry');
  }
}

/** An event stream was asked for while this instance already serves LEDGER_MAX_STREAMS of them. */
export class TooManyStreamsError extends LedgerError {
  constructor(maxStreams: number) {
    super('LEDGER.TOO_MANY_STREAMS', `this instance already serves ${maxStreams} event streams (LEDGER_MAX_STREAMS); retry later`);
  }
}

/** The writer could not learn a rule's or limit's state in time: the read models it folds them from lag the log. */
export class ReadModelsBehindError extends LedgerError {
  constructor() {
    super('LEDGER.READ_MODELS_BEHIND', 'the read models are behind the log, so rule and limit events cannot be checked now; nothing was stored, retry');
  }
}

/**
 * The log is shorter than a checkpoint this service signed, or its Merkle root at that size differs:
 * history was truncated or rewritten. Nothing is served or signed for the ledger until an operator
 * looks; retrying will not help.
 */
export class LogContradictsCheckpointError extends LedgerError {
  constructor(contradiction: { ledgerId: string; checkpointSize: number; reason: 'log-shorter' | 'root-differs'; treeSize: number; logLength: number }) {
    const { ledgerId, checkpointSize, reason, treeSize, logLength } = contradiction;
    const what = reason === 'log-shorter' ? 'is shorter than' : 'has a different Merkle root at the size of';
    super(
      'LEDGER.LOG_CONTRADICTS_CHECKPOINT',
      `ledger ${ledgerId}: the log ${what} the signed checkpoint of size ${checkpointSize} (log length ${logLength}, tree size ${treeSize})`,
    );
  }
}

/** Where a ledger's log stands against the highest sequence and head hash the service acknowledged. */
export interface LogBehindAcknowledgedFinding {
  ledgerId: string;
  /** The highest sequence acknowledged, and the hash it was acknowledged with. */
  acknowledgedSequence: number;
  acknowledgedHash: string;
  /** Who knew it: this process's writer, or the read models (persisted across restarts). */
  source: 'writer' | 'read-models';
  /** Records the log holds now. */
  logLength: number;
  /** The log's hash at `acknowledgedSequence`; null when the log is shorter. */
  logHashAtSequence: string | null;
}

/**
 * The log holds fewer records than the ledger acknowledged, or another record at the acknowledged
 * head: a restored backup, a truncation or a rewrite. Appending would hand out acknowledged
 * sequences again, so nothing is appended until an operator runs `ledger recover`.
 */
export class LogBehindAcknowledgedError extends LedgerError {
  constructor(finding: LogBehindAcknowledgedFinding) {
    const { ledgerId, acknowledgedSequence, logLength, logHashAtSequence } = finding;
    const what = logHashAtSequence === null
      ? `the log holds ${logLength} records, fewer than the ${acknowledgedSequence} acknowledged`
      : `the log's record ${acknowledgedSequence} is not the one acknowledged (hash ${logHashAtSequence}, acknowledged ${finding.acknowledgedHash})`;
    super('LEDGER.LOG_BEHIND_ACKNOWLEDGED', `ledger ${ledgerId}: ${what}; appends are refused until an operator runs \`npm run ledger -- recover ${ledgerId}\``);
  }
}

export class ProjectionNotFoundError extends LedgerError {
  constructor(name: string, known: readonly string[]) {
    super('LEDGER.PROJECTION_NOT_FOUND', `there is no projection ${JSON.stringify(name)} (known: ${known.join(', ')})`);
  }
}

export class RebuildInProgressError extends LedgerError {
  constructor(name: string) {
    super('LEDGER.REBUILD_IN_PROGRESS', `projection ${name} is being rebuilt already; follow GET /v1/admin/projections`);
  }
}

export class MissingApiKeyError extends LedgerError {
  constructor() {
    super('AUTH.MISSING_API_KEY', 'send your API key in the X-API-Key header, or as Authorization: Bearer <key>');
  }
}

export class UnknownApiKeyError extends LedgerError {
  constructor() {
    super('AUTH.UNKNOWN_API_KEY', 'the API key is not a key of this service');
  }
}

/** X-API-Key and an Authorization: Bearer token both came, naming different keys. */
export class ConflictingApiKeysError extends LedgerError {
  constructor() {
    super('AUTH.CONFLICTING_API_KEYS', 'X-API-Key and Authorization: Bearer hold different keys; send one key, in either header');
  }
}

/** The key has used its `rateLimitPerMinute`; `retryAfterSeconds` says when the next request is allowed. */
export class RateLimitedError extends LedgerError {
  constructor(
    limitPerMinute: number,
    override readonly retryAfterSeconds: number,
  ) {
    super('AUTH.RATE_LIMITED', `this API key may send ${limitPerMinute} requests a minute; retry in ${retryAfterSeconds} s`);
  }
}

export class MissingScopeError extends LedgerError {
  constructor(scopes: readonly string[], joiner: 'and' | 'or' = 'and') {
    super('AUTH.MISSING_SCOPE', `this operation needs the scope ${scopes.join(` ${joiner} `)}`);
  }
}

/** The ledger has no signed checkpoint yet (it is empty, or the first is signed within a second). */
export class CheckpointNotFoundError extends LedgerError {
  constructor(ledgerId: string) {
    super('LEDGER.CHECKPOINT_NOT_FOUND', `ledger ${ledgerId} has no signed checkpoint yet; retry once it has events`);
  }
}

/** A tlog tile or entry bundle the tree does not hold (yet), or a path that is not a tile. */
export class TileNotFoundError extends LedgerError {
  constructor(path: string) {
    super('LEDGER.TILE_NOT_FOUND', `there is no tile ${JSON.stringify(path)}`);
  }
}
