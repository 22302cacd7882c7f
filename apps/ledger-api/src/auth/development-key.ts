import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCOPES, type ApiKeyConfig } from '../config/index.js';

export const DEVELOPMENT_KEY_FILE = 'dev-api-key.json';

/**
 * For a first run without LEDGER_API_KEYS: creates a key for ledger `default` with every scope,
 * stores only its SHA-256 in `<dataDir>/dev-api-key.json` (mode 0600) and returns the key in clear
 * exactly once. Later runs load the stored hash and return no clear key.
 */
export function ensureDevelopmentKey(dataDir: string): { config: ApiKeyConfig; newKey?: string } {
  const file = join(dataDir, DEVELOPMENT_KEY_FILE);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as ApiKeyConfig;
    return { config: { keySha256: stored.keySha256, ledgerId: stored.ledgerId, scopes: stored.scopes } };
  }
  const key = `ldk_${randomBytes(32).toString('base64url')}`;
  const config: ApiKeyConfig = { keySha256: createHash('sha256').update(key).digest('hex'), ledgerId: 'default', scopes: [...SCOPES] };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify({ ...config, createdAt: new Date().toISOString() }, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  return { config, newKey: key };
}
