import { canonicalize, sha256Hex } from '#integrity';
import type { AuditEventDraft } from '#ledger-domain';

/**
 * Fingerprint of a normalized request, stored with its Idempotency-Key: a retry with the same
 * key and the same events (after normalization) replays, a different request is a conflict.
 * `kind` keeps a single append and a one-event batch apart.
 */
export function hashAppendRequest(kind: 'single' | 'batch', drafts: readonly AuditEventDraft[]): string {
  return sha256Hex(canonicalize({ kind, events: drafts }));
}
