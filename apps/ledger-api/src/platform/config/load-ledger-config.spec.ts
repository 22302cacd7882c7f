import { createHash } from 'node:crypto';
import { ConfigError } from './ledger-config.js';
import { loadLedgerConfig } from './load-ledger-config.js';

const keys = (value: unknown) => ({ LEDGER_API_KEYS: JSON.stringify(value) });
const refused = (env: Record<string, string>, message: RegExp) => {
  expect(() => loadLedgerConfig(env)).toThrow(ConfigError);
  expect(() => loadLedgerConfig(env)).toThrow(message);
};

describe('loading the configuration', () => {
  it('has the documented defaults, and no keys (a development key is made)', () => {
    expect(loadLedgerConfig({})).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      apiKeys: undefined,
      bodyLimitBytes: 1048576,
      maxRecordBytes: 262144,
      requestTimeoutMs: 30000,
      logLevel: 'info',
      maxStreams: 100,
      streamWriteTimeoutMs: 10000,
      cloudEventsTypePrefix: 'localhost.audit-ledger',
    });
  });

  it('takes the stream and CloudEvents settings', () => {
    const config = loadLedgerConfig({ LEDGER_MAX_STREAMS: '3', LEDGER_STREAM_WRITE_TIMEOUT_MS: '500', LEDGER_CLOUDEVENTS_TYPE_PREFIX: 'com.acme.ledger' });
    expect(config).toMatchObject({ maxStreams: 3, streamWriteTimeoutMs: 500, cloudEventsTypePrefix: 'com.acme.ledger' });
  });

  it('takes each setting from its variable', () => {
    const config = loadLedgerConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      LEDGER_DATA_DIR: '/var/lib/ledger',
      LEDGER_BODY_LIMIT_BYTES: '2048',
      LEDGER_MAX_RECORD_BYTES: '4096',
      LEDGER_REQUEST_TIMEOUT_MS: '5000',
      LEDGER_STORE: 'sqlite',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/var/lib/ledger', bodyLimitBytes: 2048, maxRecordBytes: 4096, requestTimeoutMs: 5000, store: 'sqlite', logLevel: 'debug' });
  });

  it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])('accepts LOG_LEVEL=%s', (level) => {
    expect(loadLedgerConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
  });

  it('scrubs hourly by default; LEDGER_SCRUB_INTERVAL_MS sets the interval, 0 turns the scrubber off', () => {
    expect(loadLedgerConfig({}).scrubIntervalMs).toBe(3_600_000);
    expect(loadLedgerConfig({ LEDGER_SCRUB_INTERVAL_MS: '0' }).scrubIntervalMs).toBe(0);
    expect(loadLedgerConfig({ LEDGER_SCRUB_INTERVAL_MS: '500' }).scrubIntervalMs).toBe(500);
    refused({ LEDGER_SCRUB_INTERVAL_MS: '50' }, /LEDGER_SCRUB_INTERVAL_MS/);
    refused({ LEDGER_SCRUB_INTERVAL_MS: 'hourly' }, /LEDGER_SCRUB_INTERVAL_MS/);
  });

  it('ignores variables that are not LEDGER_* settings', () => {
    expect(() => loadLedgerConfig({ HOME: '/root', NODE_ENV: 'production', LEDGERX: '1' })).not.toThrow();
  });

  it('selects EventStoreDB with a connection string', () => {
    const config = loadLedgerConfig({ LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' });
    expect(config).toMatchObject({ store: 'eventstoredb', eventStoreConnectionString: 'esdb://localhost:2113?tls=false' });
  });

  it('accepts an operator key: ledgerId "*" with ops:admin', () => {
    expect(loadLedgerConfig(keys([{ key: 'an-operator-key-0123', ledgerId: '*', scopes: ['ops:admin'] }])).apiKeys).toEqual([
      { keySha256: expect.stringMatching(/^[0-9a-f]{64}$/), ledgerId: '*', scopes: ['ops:admin'] },
    ]);
  });

  it('takes a per-key rateLimitPerMinute', () => {
    expect(loadLedgerConfig(keys([{ key: 'a-limited-key-0123456', ledgerId: 'acme', scopes: ['audit:read'], rateLimitPerMinute: 600 }])).apiKeys).toEqual([
      { keySha256: expect.any(String), ledgerId: 'acme', scopes: ['audit:read'], rateLimitPerMinute: 600 },
    ]);
  });

  it('treats empty values as unset', () => {
    expect(loadLedgerConfig({ PORT: '', LEDGER_API_KEYS: '' })).toMatchObject({ port: 3000, apiKeys: undefined });
  });

  it('stores clear keys only as SHA-256 and accepts keySha256', () => {
    const digest = createHash('sha256').update('a-key-of-sixteen-chars').digest('hex');
    const other = 'AB'.repeat(32);
    const config = loadLedgerConfig(
      keys([
        { key: 'a-key-of-sixteen-chars', ledgerId: 'acme', scopes: ['audit:read'] },
        { keySha256: other, ledgerId: 'other', scopes: ['audit:write', 'audit:write'] },
      ]),
    );
    expect(config.apiKeys).toEqual([
      { keySha256: digest, ledgerId: 'acme', scopes: ['audit:read'] },
      { keySha256: 'ab'.repeat(32), ledgerId: 'other', scopes: ['audit:write'] },
    ]);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: 'abc' is not a whole number/],
    [{ PORT: '70000' }, /^PORT: 70000 is outside/],
    [{ PORT: '-1' }, /^PORT: '-1' is not a whole number/],
    [{ PORT: '80.5' }, /^PORT: '80.5' is not a whole number/],
    [{ LEDGER_MAX_RECORD_BYTES: 'lots' }, /^LEDGER_MAX_RECORD_BYTES: 'lots' is not a whole number/],
    [{ LEDGER_MAX_STREAMS: 'many' }, /^LEDGER_MAX_STREAMS: 'many' is not a whole number/],
    [{ LEDGER_STREAM_WRITE_TIMEOUT_MS: '5' }, /^LEDGER_STREAM_WRITE_TIMEOUT_MS: 5 is outside/],
    [{ LEDGER_CLOUDEVENTS_TYPE_PREFIX: 'acme ledger' }, /^LEDGER_CLOUDEVENTS_TYPE_PREFIX: 'acme ledger' is not a reverse-DNS name/],
    [{ LEDGER_MAX_RECORD_BYTES: '100' }, /^LEDGER_MAX_RECORD_BYTES: 100 is outside/],
    [{ LEDGER_REQUEST_TIMEOUT_MS: '10' }, /^LEDGER_REQUEST_TIMEOUT_MS: 10 is outside/],
    [{ LEDGER_BODY_LIMIT_BYTES: '12' }, /^LEDGER_BODY_LIMIT_BYTES/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: 'loud'/],
    [{ LEDGER_STORE: 'postgres' }, /^LEDGER_STORE/],
    [{ LEDGER_STORE: 'eventstoredb' }, /^EVENTSTORE_CONNECTION_STRING: required/],
    [{ LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'http://x' }, /^EVENTSTORE_CONNECTION_STRING: expected esdb/],
    [{ LEDGER_DATA_DIRR: '/x' }, /^LEDGER_DATA_DIRR is not a known setting/],
    [{ LEDGER_API_KEYS: 'not json' }, /^LEDGER_API_KEYS: not valid JSON/],
    [{ LEDGER_API_KEYS: '[]' }, /^LEDGER_API_KEYS: must be a non-empty JSON array/],
    [{ LEDGER_API_KEYS: '{"key":"a-key-of-sixteen-chars"}' }, /^LEDGER_API_KEYS: must be a non-empty JSON array/],
    [keys(['a-key-of-sixteen-chars']), /^LEDGER_API_KEYS\[0\]: must be an object/],
    [keys([{ ledgerId: 'a', scopes: ['audit:read'] }]), /^LEDGER_API_KEYS\[0\]: give exactly one of key or keySha256/],
    [keys([{ key: 'short', ledgerId: 'a', scopes: ['audit:read'] }]), /^LEDGER_API_KEYS\[0\]\.key/],
    [keys([{ keySha256: 'xyz', ledgerId: 'a', scopes: ['audit:read'] }]), /^LEDGER_API_KEYS\[0\]\.keySha256/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'no spaces', scopes: ['audit:read'] }]), /^LEDGER_API_KEYS\[0\]\.ledgerId/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'x'.repeat(65), scopes: ['audit:read'] }]), /^LEDGER_API_KEYS\[0\]\.ledgerId/],
    [
      keys([
        { key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: ['audit:read'] },
        { key: 'another-key-of-sixteen', ledgerId: 'a', scopes: ['audit:wrte'] },
      ]),
      /^LEDGER_API_KEYS\[1\]\.scopes: unknown scope 'audit:wrte'/,
    ],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: [7] }]), /^LEDGER_API_KEYS\[0\]\.scopes: unknown scope '7'/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: 'audit:read' }]), /^LEDGER_API_KEYS\[0\]\.scopes: must be a non-empty array/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: [] }]), /^LEDGER_API_KEYS\[0\]\.scopes: must be a non-empty array/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: ['audit:read'], extra: 1 }]), /unknown member 'extra'/],
    [
      keys([
        { key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: ['audit:read'] },
        { key: 'a-key-of-sixteen-chars', ledgerId: 'b', scopes: ['audit:read'] },
      ]),
      /^LEDGER_API_KEYS\[1\]: the same key is configured twice/,
    ],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: '*', scopes: ['ops:admin', 'audit:read'] }]), /^LEDGER_API_KEYS\[0\]\.scopes: an operator key \(ledgerId "\*"\) carries only ops:admin/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'acme', scopes: ['ledger:admin', 'ops:admin'] }]), /^LEDGER_API_KEYS\[0\]\.scopes: ops:admin belongs to operator keys only/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: '**', scopes: ['ops:admin'] }]), /^LEDGER_API_KEYS\[0\]\.ledgerId/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: ['audit:read'], rateLimitPerMinute: 0 }]), /^LEDGER_API_KEYS\[0\]\.rateLimitPerMinute: must be a whole number/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: ['audit:read'], rateLimitPerMinute: '60' }]), /^LEDGER_API_KEYS\[0\]\.rateLimitPerMinute/],
    [keys([{ key: 'a-key-of-sixteen-chars', ledgerId: 'a', scopes: ['audit:read'], rateLimitPerMinute: 1.5 }]), /^LEDGER_API_KEYS\[0\]\.rateLimitPerMinute/],
  ])('refuses %j naming the variable', (env, message) => refused(env as Record<string, string>, message));
});

describe('LEDGER_SHUTDOWN_DRAIN_MS', () => {
  it('defaults to 5000 ms of readiness drain and may be 0 (no drain)', () => {
    expect(loadLedgerConfig({}).shutdownDrainMs).toBe(5000);
    expect(loadLedgerConfig({ LEDGER_SHUTDOWN_DRAIN_MS: '0' }).shutdownDrainMs).toBe(0);
    expect(loadLedgerConfig({ LEDGER_SHUTDOWN_DRAIN_MS: '15000' }).shutdownDrainMs).toBe(15000);
  });

  it.each(['-1', 'soon', '600001'])('refuses %s, naming the variable', (value) => {
    refused({ LEDGER_SHUTDOWN_DRAIN_MS: value }, /^LEDGER_SHUTDOWN_DRAIN_MS: /);
  });
});
