import type { RecordedEventData } from '#event-store';
import type { ReadModels } from '../read-models.js';
import type { ReadModelCopies } from './compare-log-record.js';

const LEAF_BYTES = 32;
const TILE_WIDTH = 256;

/**
 * The read models' copies of a piece of a ledger's log, read in one snapshot of the read-model
 * file: a copy the read model has not reached yet (projector lag) is undefined, never a
 * violation. `events` are in revision order; the result is in the same order.
 */
export function readModelCopies(readModels: ReadModels, ledgerId: string, events: readonly RecordedEventData[]): ReadModelCopies[] {
  const { readStore } = readModels;
  return readStore.db.transaction(() => {
    const indexedUpTo = readStore.checkpoint([readModels.auditEvents.name]);
    const treeSize = readModels.merkleTiles.treeSize(ledgerId);
    const head = readModels.ledgerHeads.get(ledgerId);
    const sequences = events.map((event) => event.revision + 1);
    const rows = readModels.auditEvents.getJsonBySequences(ledgerId, sequences);
    const tiles = new Map<number, Buffer>();
    const leafHash = (sequence: number): Uint8Array | undefined => {
      if (sequence > treeSize) return undefined;
      const index = Math.floor((sequence - 1) / TILE_WIDTH);
      let tile = tiles.get(index);
      if (!tile) tiles.set(index, (tile = readModels.merkleTiles.tables.tile(readStore.db, ledgerId, 0, index)?.bytes ?? Buffer.alloc(0)));
      const offset = ((sequence - 1) % TILE_WIDTH) * LEAF_BYTES;
      return tile.subarray(offset, offset + LEAF_BYTES);
    };
    return events.map((event, i) => ({
      indexRow: event.position <= indexedUpTo ? (rows[i] ?? null) : undefined,
      leafHash: leafHash(sequences[i]!),
      headHash: head.headSequence === sequences[i] ? head.headHash : undefined,
    }));
  })();
}
