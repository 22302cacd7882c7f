import type { AuditEventDraft } from '../audit-record.js';
import type { JsonObject } from '../json-value.js';
import { LEDGER_EVENT_TYPES } from './ledger-event-types.js';

/** Sequences a ledger acknowledged that its log no longer holds. */
export interface LedgerGap {
  ledgerId: string;
  /** The first and last lost sequence (the log holds fromSequence − 1 records). */
  fromSequence: number;
  toSequence: number;
  /** The hash acknowledged at `toSequence`, null when only a signed checkpoint knew that far. */
  lostHeadHash: string | null;
  /** The hash acknowledged at each lost sequence, where the read models still knew it. */
  lostHashes: ReadonlyMap<number, string>;
  /** Signed checkpoints over lost records (their roots cannot be recomputed from the log any more). */
  supersededCheckpoints: readonly { treeSize: number; rootHash: string }[];
}

/** Who accepted the loss, and why. */
export interface GapAcknowledgement {
  operator: string;
  reason?: string;
}

/**
 * The LEDGER_GAP_ACKNOWLEDGED drafts that fill a gap: one per lost sequence, in order, each
 * carrying the whole gap (range, lost head hash, superseded checkpoints, who and why) and the
 * hash acknowledged at its own sequence (null when unknown). Sealed onto the log's tail, the
 * draft for sequence s becomes record s: the lost sequences stay taken, by a record that says
 * they were lost, and the next client event gets `toSequence` + 1. Pure.
 */
export function ledgerGapAcknowledgedDrafts(gap: LedgerGap, by: GapAcknowledgement): AuditEventDraft[] {
  const type = LEDGER_EVENT_TYPES.LEDGER_GAP_ACKNOWLEDGED;
  const shared: JsonObject = {
    fromSequence: gap.fromSequence,
    toSequence: gap.toSequence,
    lostHeadHash: gap.lostHeadHash,
    supersededCheckpoints: gap.supersededCheckpoints.map(({ treeSize, rootHash }) => ({ treeSize, rootHash })),
    ...(by.reason === undefined ? {} : { reason: by.reason }),
  };
  const drafts: AuditEventDraft[] = [];
  for (let sequence = gap.fromSequence; sequence <= gap.toSequence; sequence++) {
    drafts.push({
      eventType: 'LEDGER_GAP_ACKNOWLEDGED',
      resourceType: type.resourceType,
      resourceId: gap.ledgerId,
      action: type.action,
      result: type.results[0],
      description: `sequences ${gap.fromSequence}..${gap.toSequence} were acknowledged and then lost from the log; ${by.operator} accepted the loss`,
      actor: { id: by.operator, actorType: 'user' },
      context: { gap: { ...shared, lostSequence: sequence, lostHash: gap.lostHashes.get(sequence) ?? null } },
      metadata: {},
    });
  }
  return drafts;
}
