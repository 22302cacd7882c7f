import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, LedgerConfig } from '../config/index.js';
import { createApiKeyRegistry, type DevelopmentKeyOutput } from './create-api-key-registry.js';
import { DEVELOPMENT_KEY_FILE, DEVELOPMENT_OPERATOR_KEY, DEVELOPMENT_OPERATOR_KEY_FILE, ensureDevelopmentKey } from './development-key.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the development key (no LEDGER_API_KEYS)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'ledger-dev-key-')), 'data');
  });
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('is created on the first run for ledger default with every scope, and only its hash is stored (mode 0600)', () => {
    const { config, newKey } = ensureDevelopmentKey(dataDir);
    expect(newKey).toMatch(/^ldk_[A-Za-z0-9_-]{43}$/);
    expect(config).toEqual({ keySha256: sha256(newKey!), ledgerId: 'default', scopes: ['audit:write', 'audit:read', 'ledger:admin'] });
    const file = join(dataDir, DEVELOPMENT_KEY_FILE);
    const stored = readFileSync(file, 'utf8');
    expect(stored).not.toContain(newKey!.slice(4));
    expect(JSON.parse(stored)).toMatchObject(config);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('has an operator twin: an ldo_ key with ledgerId "*" and only ops:admin, in its own file', () => {
    const { config, newKey } = ensureDevelopmentKey(dataDir, DEVELOPMENT_OPERATOR_KEY);
    expect(newKey).toMatch(/^ldo_[A-Za-z0-9_-]{43}$/);
    expect(config).toEqual({ keySha256: sha256(newKey!), ledgerId: '*', scopes: ['ops:admin'] });
    expect(statSync(join(dataDir, DEVELOPMENT_OPERATOR_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(ensureDevelopmentKey(dataDir, DEVELOPMENT_OPERATOR_KEY)).toEqual({ config });
  });

  it('is loaded, not recreated and not revealed, on later runs', () => {
    const first = ensureDevelopmentKey(dataDir);
    const second = ensureDevelopmentKey(dataDir);
    expect(second).toEqual({ config: first.config });
  });

  it('refuses to start over an unreadable key file, naming it', () => {
    ensureDevelopmentKey(dataDir);
    const file = join(dataDir, DEVELOPMENT_KEY_FILE);
    const valid = 'a'.repeat(64);
    for (const content of [
      '{not json',
      JSON.stringify({ keySha256: 'short', ledgerId: 'default', scopes: ['audit:read'] }),
      JSON.stringify({ keySha256: valid, ledgerId: 'default', scopes: ['ops:admin'] }),
    ]) {
      writeFileSync(file, content);
      expect(() => ensureDevelopmentKey(dataDir)).toThrow(ConfigError);
      expect(() => ensureDevelopmentKey(dataDir)).toThrow(file);
    }
  });

  describe('createApiKeyRegistry', () => {
    const output = () => {
      const printed: string[] = [];
      const logged: string[] = [];
      const sink: DevelopmentKeyOutput = { print: (text) => printed.push(text), log: (message) => logged.push(message) };
      return { sink, printed, logged };
    };
    const config = () => Object.assign(new LedgerConfig(), { dataDir });

    it('prints the new keys once, on the first start, and the keys then work', () => {
      const first = output();
      const registry = createApiKeyRegistry(config(), first.sink);
      const key = /\b(ldk_[A-Za-z0-9_-]+)/.exec(first.printed.join(''))?.[1];
      const operatorKey = /\b(ldo_[A-Za-z0-9_-]+)/.exec(first.printed.join(''))?.[1];
      expect(key).toBeDefined();
      expect(registry.authenticate(key!)).toMatchObject({ ledgerId: 'default', scopes: new Set(['audit:write', 'audit:read', 'ledger:admin']) });
      expect(registry.authenticate(operatorKey!)).toMatchObject({ ledgerId: '*', scopes: new Set(['ops:admin']) });

      const later = output();
      const again = createApiKeyRegistry(config(), later.sink);
      expect(later.printed).toEqual([]);
      expect(later.logged.join('\n')).toMatch(/development keys of ledger 'default' and the operator/);
      expect(later.logged.join('\n')).not.toMatch(/ld[ko]_/);
      expect(again.authenticate(key!)).toMatchObject({ ledgerId: 'default' });
    });

    it('uses the configured keys and creates no development key when LEDGER_API_KEYS is set', () => {
      const quiet = output();
      const registry = createApiKeyRegistry(
        Object.assign(config(), { apiKeys: [{ keySha256: sha256('configured-key-0123456'), ledgerId: 'acme', scopes: ['audit:read'] }] }),
        quiet.sink,
      );
      expect(registry.authenticate('configured-key-0123456')).toMatchObject({ ledgerId: 'acme' });
      expect([...quiet.printed, ...quiet.logged]).toEqual([]);
      expect(() => statSync(join(dataDir, DEVELOPMENT_KEY_FILE))).toThrow();
    });
  });
});
