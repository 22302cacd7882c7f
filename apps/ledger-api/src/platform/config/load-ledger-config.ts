import { createHash } from 'node:crypto';
import { readStorageOptions, StorageConfigError, STORAGE_VARIABLES } from '#ledger-storage';
import { didYouMean, isKubernetesServiceLink } from './unknown-ledger-variable.js';
import { parseLedgerSettings } from './parse-ledger-settings.js';
import { ConfigError, keyScopeConflict, LedgerConfig, LOG_LEVELS, OPERATOR_LEDGER_ID, SCOPES, type ApiKeyConfig, type LogLevel, type Scope } from './ledger-config.js';

const KNOWN_LEDGER_VARIABLES = new Set([
  ...STORAGE_VARIABLES,
  'LEDGER_API_KEYS',
  'LEDGER_BODY_LIMIT_BYTES',
  'LEDGER_MAX_RECORD_BYTES',
  'LEDGER_REQUEST_TIMEOUT_MS',
  'LEDGER_SETTINGS',
  'LEDGER_LOG_ORIGIN',
  'LEDGER_CHECKPOINT_SIGNING_KEY',
  'LEDGER_CHECKPOINT_INTERVAL_MS',
  'LEDGER_SCRUB_INTERVAL_MS',
  'LEDGER_SHUTDOWN_DRAIN_MS',
  'LEDGER_MAX_STREAMS',
  'LEDGER_STREAM_WRITE_TIMEOUT_MS',
  'LEDGER_CLOUDEVENTS_TYPE_PREFIX',
]);
/** A reverse-DNS name: dot-separated labels of letters, digits and hyphens (CloudEvents `type` prefix). */
const REVERSE_DNS = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const LEDGER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads and validates the configuration from the environment. Empty values count as unset.
 * @throws ConfigError naming the variable (and the element, for LEDGER_API_KEYS) that is wrong,
 *   including any unknown LEDGER_* variable, so that a typo fails loudly (Kubernetes service-link
 *   variables such as LEDGER_API_SERVICE_HOST are not settings and are ignored).
 */
export function loadLedgerConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const value = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  for (const name of Object.keys(env)) {
    if (!name.startsWith('LEDGER_') || KNOWN_LEDGER_VARIABLES.has(name) || isKubernetesServiceLink(name, env[name])) continue;
    const guess = didYouMean(name, KNOWN_LEDGER_VARIABLES);
    throw new ConfigError(`${name} is not a known setting${guess ? ` (did you mean ${guess}?)` : ''} (known: ${[...KNOWN_LEDGER_VARIABLES].join(', ')})`);
  }
  const config = new LedgerConfig();
  config.port = integer('PORT', value('PORT'), config.port, 0, 65535);
  config.host = value('HOST') ?? config.host;
  config.bodyLimitBytes = integer('LEDGER_BODY_LIMIT_BYTES', value('LEDGER_BODY_LIMIT_BYTES'), config.bodyLimitBytes, 1024, 64 * 1024 * 1024);
  config.maxRecordBytes = integer('LEDGER_MAX_RECORD_BYTES', value('LEDGER_MAX_RECORD_BYTES'), config.maxRecordBytes, 1024, 16 * 1024 * 1024);
  config.requestTimeoutMs = integer('LEDGER_REQUEST_TIMEOUT_MS', value('LEDGER_REQUEST_TIMEOUT_MS'), config.requestTimeoutMs, 100, 3_600_000);
  let storage;
  try {
    storage = readStorageOptions(env);
  } catch (error) {
    throw error instanceof StorageConfigError ? new ConfigError(error.message) : error;
  }
  config.dataDir = storage.dataDir;
  config.store = storage.store;
  config.eventStoreConnectionString = storage.eventStoreConnectionString;
  config.logOrigin = value('LEDGER_LOG_ORIGIN') ?? config.logOrigin;
  if (!/^[\x21-\x7e]+$/.test(config.logOrigin) || config.logOrigin.includes('+')) {
    throw new ConfigError('LEDGER_LOG_ORIGIN: must be printable ASCII without spaces or "+" (it names the checkpoint signing key)');
  }
  config.checkpointSigningKey = value('LEDGER_CHECKPOINT_SIGNING_KEY')?.trim();
  config.checkpointIntervalMs = integer('LEDGER_CHECKPOINT_INTERVAL_MS', value('LEDGER_CHECKPOINT_INTERVAL_MS'), config.checkpointIntervalMs, 10, 3_600_000);
  config.scrubIntervalMs = integer('LEDGER_SCRUB_INTERVAL_MS', value('LEDGER_SCRUB_INTERVAL_MS'), config.scrubIntervalMs, 0, 604_800_000);
  if (config.scrubIntervalMs > 0 && config.scrubIntervalMs < 100) throw new ConfigError('LEDGER_SCRUB_INTERVAL_MS: must be 0 (off) or at least 100');
  config.shutdownDrainMs = integer('LEDGER_SHUTDOWN_DRAIN_MS', value('LEDGER_SHUTDOWN_DRAIN_MS'), config.shutdownDrainMs, 0, 600_000);
  config.maxStreams = integer('LEDGER_MAX_STREAMS', value('LEDGER_MAX_STREAMS'), config.maxStreams, 0, 100_000);
  config.streamWriteTimeoutMs = integer('LEDGER_STREAM_WRITE_TIMEOUT_MS', value('LEDGER_STREAM_WRITE_TIMEOUT_MS'), config.streamWriteTimeoutMs, 100, 600_000);
  config.cloudEventsTypePrefix = value('LEDGER_CLOUDEVENTS_TYPE_PREFIX') ?? config.cloudEventsTypePrefix;
  if (!REVERSE_DNS.test(config.cloudEventsTypePrefix)) {
    throw new ConfigError(`LEDGER_CLOUDEVENTS_TYPE_PREFIX: '${config.cloudEventsTypePrefix}' is not a reverse-DNS name such as com.example.ledger`);
  }
  const level = value('LOG_LEVEL') ?? config.logLevel;
  if (!LOG_LEVELS.includes(level as LogLevel)) throw new ConfigError(`LOG_LEVEL: '${level}' is not one of ${LOG_LEVELS.join(', ')}`);
  config.logLevel = level as LogLevel;
  const settings = value('LEDGER_SETTINGS');
  if (settings !== undefined) config.ledgerSettings = parseLedgerSettings(settings);
  const keys = value('LEDGER_API_KEYS');
  config.apiKeys = keys === undefined ? undefined : parseApiKeys(keys);
  return config;
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name}: '${raw}' is not a whole number`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name}: ${n} is outside ${min}..${max}`);
  return n;
}

function parseApiKeys(raw: string): ApiKeyConfig[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('LEDGER_API_KEYS: not valid JSON (expected an array of {key | keySha256, ledgerId, scopes})');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new ConfigError('LEDGER_API_KEYS: must be a non-empty JSON array');
  const seen = new Set<string>();
  return parsed.map((entry, i) => {
    const at = `LEDGER_API_KEYS[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new ConfigError(`${at}: must be an object`);
    const { key, keySha256, ledgerId, scopes, rateLimitPerMinute, ...rest } = entry as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw new ConfigError(`${at}: unknown member '${unknown[0]}'`);
    if ((key === undefined) === (keySha256 === undefined)) throw new ConfigError(`${at}: give exactly one of key or keySha256`);
    if (key !== undefined && (typeof key !== 'string' || key.length < 16)) throw new ConfigError(`${at}.key: must be a string of at least 16 characters`);
    if (keySha256 !== undefined && (typeof keySha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(keySha256))) {
      throw new ConfigError(`${at}.keySha256: must be 64 hex characters`);
    }
    if (typeof ledgerId !== 'string' || !(LEDGER_ID.test(ledgerId) || ledgerId === OPERATOR_LEDGER_ID)) {
      throw new ConfigError(`${at}.ledgerId: must match ${LEDGER_ID.source}, or be "*" for an operator key`);
    }
    if (!Array.isArray(scopes) || scopes.length === 0) throw new ConfigError(`${at}.scopes: must be a non-empty array`);
    for (const scope of scopes) {
      if (!SCOPES.includes(scope as Scope)) throw new ConfigError(`${at}.scopes: unknown scope '${String(scope)}' (known: ${SCOPES.join(', ')})`);
    }
    const conflict = keyScopeConflict(ledgerId, scopes as Scope[]);
    if (conflict) throw new ConfigError(`${at}.scopes: ${conflict}`);
    const digest = key !== undefined ? createHash('sha256').update(key as string).digest('hex') : (keySha256 as string).toLowerCase();
    if (seen.has(digest)) throw new ConfigError(`${at}: the same key is configured twice`);
    seen.add(digest);
    if (rateLimitPerMinute !== undefined && !(Number.isInteger(rateLimitPerMinute) && (rateLimitPerMinute as number) >= 1 && (rateLimitPerMinute as number) <= 1_000_000)) {
      throw new ConfigError(`${at}.rateLimitPerMinute: must be a whole number of requests a minute, 1..1000000`);
    }
    return {
      keySha256: digest,
      ledgerId,
      scopes: [...new Set(scopes as Scope[])],
      ...(rateLimitPerMinute !== undefined ? { rateLimitPerMinute: rateLimitPerMinute as number } : {}),
    };
  });
}
