import { canonicalize, sha256Hex } from '#integrity';
import type { AuditEventDraft } from '#ledger-domain';

/**
 * Fingerprint of a normalized request, stored with its Idempotency-Key: a retry with the same
 * key and the same events (after normalization) replays, a different request is a conflict.
 * `kind` keeps a single append and a one-event batch apart; requests without expectedVersion hash
 * as they always did, so keys stored before it existed still replay.
 */
export function hashAppendRequest(
  kind: 'single' | 'batch',
  drafts: readonly AuditEventDraft[],
  expectedVersions: readonly (number | undefined)[] = [],
): string {
  // Preconditions are part of the request: the same events under another expectedVersion are another request.
  const preconditions = expectedVersions.some((v) => v !== undefined) ? { expectedVersions: expectedVersions.map((v) => v ?? null) } : {};
  return sha256Hex(canonicalize({ kind, events: drafts, ...preconditions }));
}
