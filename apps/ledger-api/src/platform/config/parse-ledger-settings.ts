import { ConfigError, type LedgerSettings } from './ledger-config.js';

const LEDGER_ID_OR_DEFAULT = /^(\*|[A-Za-z0-9_-]{1,64})$/;
const POLICIES = ['reject', 'flag'] as const;

/**
 * LEDGER_SETTINGS: a JSON object from ledger id (or `*`, every other ledger) to that ledger's
 * settings: `{"beforeImageMismatch": "reject" | "flag"}`.
 * @throws ConfigError naming the member that is wrong.
 */
export function parseLedgerSettings(raw: string): Record<string, LedgerSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('LEDGER_SETTINGS: not valid JSON (expected {"<ledgerId>" | "*": {"beforeImageMismatch": "reject" | "flag"}})');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError('LEDGER_SETTINGS: must be a JSON object');
  const settings: Record<string, LedgerSettings> = {};
  for (const [ledgerId, entry] of Object.entries(parsed)) {
    const at = `LEDGER_SETTINGS.${ledgerId}`;
    if (!LEDGER_ID_OR_DEFAULT.test(ledgerId)) throw new ConfigError(`${at}: a ledger id must match ${LEDGER_ID_OR_DEFAULT.source}`);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new ConfigError(`${at}: must be an object`);
    const { beforeImageMismatch, ...rest } = entry as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw new ConfigError(`${at}: unknown member '${unknown[0]}' (known: beforeImageMismatch)`);
    if (beforeImageMismatch !== undefined && !POLICIES.includes(beforeImageMismatch as 'reject')) {
      throw new ConfigError(`${at}.beforeImageMismatch: must be one of ${POLICIES.join(', ')}`);
    }
    settings[ledgerId] = { beforeImageMismatch: (beforeImageMismatch as LedgerSettings['beforeImageMismatch']) ?? 'reject' };
  }
  return settings;
}
