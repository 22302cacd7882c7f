import type { Scope } from '../config/index.js';

/** Who is calling: the ledger their key belongs to and what it may do. */
export interface Principal {
  ledgerId: string;
  scopes: ReadonlySet<Scope>;
  /** First 12 hex characters of the key's SHA-256: safe to log. */
  keyId: string;
}
