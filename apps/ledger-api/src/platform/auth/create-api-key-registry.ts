import type { LedgerConfig } from '../config/index.js';
import { ApiKeyRegistry } from './api-key-registry.js';
import { DEVELOPMENT_KEY_FILE, DEVELOPMENT_LEDGER_KEY, DEVELOPMENT_OPERATOR_KEY, DEVELOPMENT_OPERATOR_KEY_FILE, ensureDevelopmentKey } from './development-key.js';

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
 * The API keys the service accepts: those of LEDGER_API_KEYS, or else the development keys — one of
 * ledger `default` and one operator key (see ensureDevelopmentKey) — whose clear values are printed
 * on the first start only.
 * @throws ConfigError when a stored development key file is unreadable.
 */
export function createApiKeyRegistry(config: LedgerConfig, output: DevelopmentKeyOutput = CONSOLE): ApiKeyRegistry {
  if (config.apiKeys) return new ApiKeyRegistry(config.apiKeys);
  const ledger = ensureDevelopmentKey(config.dataDir, DEVELOPMENT_LEDGER_KEY);
  const operator = ensureDevelopmentKey(config.dataDir, DEVELOPMENT_OPERATOR_KEY);
  const shown = [
    ledger.newKey && `Development API key for ledger '${ledger.config.ledgerId}' (${ledger.config.scopes.join(', ')}):\n\n  ${ledger.newKey}\n`,
    operator.newKey && `Development operator key (ops:admin: /metrics of every ledger, projections and rebuilds):\n\n  ${operator.newKey}\n`,
  ].filter(Boolean);
  if (shown.length > 0) {
    output.print(
      `\n${shown.join('\n')}\nShown only now: only their SHA-256 is kept (${DEVELOPMENT_KEY_FILE}, ${DEVELOPMENT_OPERATOR_KEY_FILE} in ${config.dataDir}). ` +
        `Set LEDGER_API_KEYS for real deployments.\n\n`,
    );
  }
  if (!ledger.newKey || !operator.newKey) {
    output.log(`using the development keys of ledger '${ledger.config.ledgerId}' and the operator stored in ${config.dataDir} (set LEDGER_API_KEYS for real keys)`);
  }
  return new ApiKeyRegistry([ledger.config, operator.config]);
}
