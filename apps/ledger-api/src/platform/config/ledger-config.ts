import type { StorageOptions } from '#ledger-storage';

export const SCOPES = ['audit:write', 'audit:read', 'ledger:admin', 'ops:admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** The scopes a key of one ledger may carry. */
export const LEDGER_SCOPES: readonly Scope[] = ['audit:write', 'audit:read', 'ledger:admin'];

/**
 * The ledgerId of an operator key: it belongs to no ledger and carries only `ops:admin`, the scope of
 * what every ledger shares (metrics of all ledgers, projection status, rebuilds).
 */
export const OPERATOR_LEDGER_ID = '*';

/**
 * Why a key with these scopes may not belong to this ledger, or undefined when it may: an operator
 * key (ledgerId `*`) carries exactly `ops:admin`, and no key of a ledger carries it.
 */
export function keyScopeConflict(ledgerId: string, scopes: readonly Scope[]): string | undefined {
  if (ledgerId === OPERATOR_LEDGER_ID) {
    return scopes.every((scope) => scope === 'ops:admin') ? undefined : `an operator key (ledgerId "*") carries only ops:admin`;
  }
  return scopes.includes('ops:admin') ? `ops:admin belongs to operator keys only (ledgerId "*"), not to ledger '${ledgerId}'` : undefined;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One configured API key: the key itself or only its SHA-256. */
export interface ApiKeyConfig {
  keySha256: string;
  ledgerId: string;
  scopes: Scope[];
  /** Requests a minute this key may send (a burst of as many, refilled steadily); unset: unlimited. */
  rateLimitPerMinute?: number;
}

/** What a ledger does where the domain leaves a choice (LEDGER_SETTINGS). */
export interface LedgerSettings {
  /** A rule or limit UPDATE/DELETE whose context.before differs from the ledger's state: refuse (409) or record and flag it. */
  beforeImageMismatch: 'reject' | 'flag';
}

export const DEFAULT_LEDGER_SETTINGS: LedgerSettings = { beforeImageMismatch: 'reject' };

/** The service's validated configuration (also the DI token). */
export class LedgerConfig {
  port = 3000;
  host = '0.0.0.0';
  dataDir = './data';
  /** Undefined when LEDGER_API_KEYS is not set: a development key is created. */
  apiKeys: ApiKeyConfig[] | undefined;
  bodyLimitBytes = 1024 * 1024;
  maxRecordBytes = 256 * 1024;
  /** LEDGER_REQUEST_TIMEOUT_MS: headers and body must have arrived this long after a request began, else 408. */
  requestTimeoutMs = 30_000;
  /** Where the log lives: the embedded SQLite file, or EventStoreDB. Read models stay in SQLite. */
  store: 'sqlite' | 'eventstoredb' = 'sqlite';
  eventStoreConnectionString: string | undefined;
  logLevel: LogLevel = 'info';
  /** LEDGER_LOG_ORIGIN: the signing key's name; a ledger's checkpoints carry `<origin>/<ledgerId>`. */
  logOrigin = 'audit-ledger.localhost';
  /** LEDGER_CHECKPOINT_SIGNING_KEY (Go note private-key form); undefined: one is made once in dataDir. */
  checkpointSigningKey: string | undefined;
  /** LEDGER_CHECKPOINT_INTERVAL_MS: at most one checkpoint per ledger this often while it grows. */
  checkpointIntervalMs = 1000;
  /** LEDGER_SCRUB_INTERVAL_MS: each ledger's log is walked by the scrubber this often; 0: never. */
  scrubIntervalMs = 3_600_000;
  /** LEDGER_SHUTDOWN_DRAIN_MS: after SIGTERM, /readyz says 503 and requests are still served this long before the listener closes. */
  shutdownDrainMs = 5000;
  /** LEDGER_MAX_STREAMS: open event streams (GET /v1/audit-events/stream) per instance; more get 503. */
  maxStreams = 100;
  /** LEDGER_STREAM_WRITE_TIMEOUT_MS: a stream whose client has not taken what was sent within this long is cut off. */
  streamWriteTimeoutMs = 10_000;
  /** LEDGER_CLOUDEVENTS_TYPE_PREFIX: the reverse-DNS prefix of CloudEvents `type` in the export. */
  cloudEventsTypePrefix = 'localhost.audit-ledger';
  /** Per ledger id, `*` for every ledger not named. */
  ledgerSettings: Record<string, LedgerSettings> = {};

  /** Where the data lives (the storage lib's view of dataDir, store and the connection string). */
  get storage(): StorageOptions {
    return { dataDir: this.dataDir, store: this.store, eventStoreConnectionString: this.eventStoreConnectionString };
  }

  /** The settings of one ledger. */
  settingsOf(ledgerId: string): LedgerSettings {
    return (Object.hasOwn(this.ledgerSettings, ledgerId) ? this.ledgerSettings[ledgerId] : this.ledgerSettings['*']) ?? DEFAULT_LEDGER_SETTINGS;
  }
}

/** A configuration value the service cannot start with; the message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
