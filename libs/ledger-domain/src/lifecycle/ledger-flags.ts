import type { AuditEventDraft } from '../audit-record.js';
import { MAX_REPORTED_VIOLATIONS } from '../errors/violation.js';
import type { JsonObject } from '../json-value.js';

/** The member of `metadata` that only the ledger writes; a client that sends it gets a 400. */
export const LEDGER_FLAGS_MEMBER = 'ledgerFlags';

/** What the ledger noticed about an event it recorded anyway (`metadata.ledgerFlags`). */
export interface LedgerFlags {
  /** context.before differed from the state the ledger held at these resource paths (`context.before.…`). */
  beforeImageMismatch?: {
    paths: string[];
    /** How many more paths differed; present only when the list was cut at {@link MAX_REPORTED_VIOLATIONS}. */
    omittedPaths?: number;
  };
}

/**
 * A copy of the draft whose metadata also holds `ledgerFlags.beforeImageMismatch` with these
 * paths (at most {@link MAX_REPORTED_VIOLATIONS}, so that the flag cannot outgrow the record).
 * Other metadata members are kept; the draft itself is not changed.
 */
export function withBeforeImageMismatchFlag(draft: AuditEventDraft, paths: readonly string[]): AuditEventDraft {
  const listed = paths.slice(0, MAX_REPORTED_VIOLATIONS);
  const omittedPaths = paths.length - listed.length;
  const beforeImageMismatch: JsonObject = omittedPaths > 0 ? { paths: listed, omittedPaths } : { paths: listed };
  return { ...draft, metadata: { ...draft.metadata, [LEDGER_FLAGS_MEMBER]: { beforeImageMismatch } } };
}
