import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, keyScopeConflict, LEDGER_SCOPES, OPERATOR_LEDGER_ID, SCOPES, type ApiKeyConfig, type Scope } from '../config/index.js';

export const DEVELOPMENT_KEY_FILE = 'dev-api-key.json';
export const DEVELOPMENT_OPERATOR_KEY_FILE = 'dev-operator-key.json';
export const DEVELOPMENT_LEDGER_ID = 'default';

/** Which development key: the one of ledger `default`, or the operator's. */
export interface DevelopmentKeyKind {
  file: string;
  prefix: string;
  ledgerId: string;
  scopes: readonly Scope[];
}

export const DEVELOPMENT_LEDGER_KEY: DevelopmentKeyKind = { file: DEVELOPMENT_KEY_FILE, prefix: 'ldk_', ledgerId: DEVELOPMENT_LEDGER_ID, scopes: LEDGER_SCOPES };
export const DEVELOPMENT_OPERATOR_KEY: DevelopmentKeyKind = { file: DEVELOPMENT_OPERATOR_KEY_FILE, prefix: 'ldo_', ledgerId: OPERATOR_LEDGER_ID, scopes: ['ops:admin'] };

/**
 * For a run without LEDGER_API_KEYS. The first time: creates a key (`ldk_` + 32 random bytes,
 * base64url) for ledger `default` with every ledger scope (or, for the operator kind, an `ldo_` key
 * with ops:admin), stores only its SHA-256 in `<dataDir>/dev-api-key.json` (`dev-operator-key.json`;
 * mode 0600) and returns the clear key as `newKey` — the only time it exists anywhere. Later runs
 * (or a process that lost the race to create the file) load the stored hash and return no clear key.
 * @throws ConfigError naming the file when it exists but is not a stored development key.
 */
export function ensureDevelopmentKey(dataDir: string, kind: DevelopmentKeyKind = DEVELOPMENT_LEDGER_KEY): { config: ApiKeyConfig; newKey?: string } {
  const file = join(dataDir, kind.file);
  const key = `${kind.prefix}${randomBytes(32).toString('base64url')}`;
  const config: ApiKeyConfig = { keySha256: createHash('sha256').update(key).digest('hex'), ledgerId: kind.ledgerId, scopes: [...kind.scopes] };
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, JSON.stringify({ ...config, createdAt: new Date().toISOString() }, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    return { config, newKey: key };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return { config: readDevelopmentKey(file) };
}

function readDevelopmentKey(file: string): ApiKeyConfig {
  let stored: Partial<ApiKeyConfig>;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<ApiKeyConfig>;
  } catch {
    throw new ConfigError(`${file}: not a readable development key file; delete it to create a new key, or set LEDGER_API_KEYS`);
  }
  const { keySha256, ledgerId, scopes } = stored ?? {};
  const valid =
    typeof keySha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(keySha256) &&
    typeof ledgerId === 'string' &&
    Array.isArray(scopes) &&
    scopes.length > 0 &&
    scopes.every((scope) => SCOPES.includes(scope as Scope)) &&
    keyScopeConflict(ledgerId, scopes as Scope[]) === undefined;
  if (!valid) throw new ConfigError(`${file}: not a valid development key (keySha256, ledgerId, scopes); delete it to create a new key`);
  return { keySha256, ledgerId, scopes };
}
