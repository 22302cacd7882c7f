import type { LedgerConfig } from '../config/index.js';
import { ApiKeyRegistry } from './api-key-registry.js';
import { DEVELOPMENT_KEY_FILE, ensureDevelopmentKey } from './development-key.js';

/** Where the operator is told about the development key. */
export interface DevelopmentKeyOutput {
  /** Shows text on the console as is (the clear key goes here, never into the JSON log). */
  print(text: string): void;
  /** One log message. */
  log(message: string): void;
}

const CONSOLE: DevelopmentKeyOutput = {
  print: (text) => process.stdout.write(text),
  log: (message) => process.stdout.write(`${message}\n`),
};

/**
 * The API keys the service accepts: those of LEDGER_API_KEYS, or else the development key of
 * ledger `default` (see ensureDevelopmentKey), whose clear value is printed on the first start only.
 * @throws ConfigError when a stored development key file is unreadable.
 */
export function createApiKeyRegistry(config: LedgerConfig, output: DevelopmentKeyOutput = CONSOLE): ApiKeyRegistry {
  if (config.apiKeys) return new ApiKeyRegistry(config.apiKeys);
  const { config: key, newKey } = ensureDevelopmentKey(config.dataDir);
  if (newKey) {
    output.print(
      `\nDevelopment API key for ledger '${key.ledgerId}' (all scopes), shown only now:\n\n  ${newKey}\n\n` +
        `Only its SHA-256 is kept (${DEVELOPMENT_KEY_FILE} in ${config.dataDir}). Set LEDGER_API_KEYS for real deployments.\n\n`,
    );
  } else {
    output.log(`using the development key of ledger '${key.ledgerId}' stored in ${config.dataDir} (set LEDGER_API_KEYS for real keys)`);
  }
  return new ApiKeyRegistry([key]);
}
