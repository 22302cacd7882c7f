import { GENESIS_HASH } from '#integrity';
import type { LedgerEventMetadata } from '#ledger-domain';
import type { EventStore } from '#event-store';

/** What the writer must know of a ledger's last event to extend its chain. */
export interface ChainTail {
  /** 0-based stream revision of the last event; -1 for an empty ledger. */
  revision: number;
  hash: string;
  /** createdAt of the last event: the ledger's time never goes backwards. */
  createdAt: string;
  /** Global store position of the last event (0 for an empty ledger): read models that reached it know the tail. */
  position: number;
}

export const EMPTY_CHAIN_TAIL: ChainTail = { revision: -1, hash: GENESIS_HASH, createdAt: '', position: 0 };

/** Reads the tail of a ledger stream from the store (one event, read backwards). */
export async function readChainTail(store: EventStore, streamName: string): Promise<ChainTail> {
  const [last] = await store.readStream(streamName, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
  if (!last) return EMPTY_CHAIN_TAIL;
  const metadata = last.metadata as unknown as LedgerEventMetadata;
  return { revision: last.revision, hash: metadata.hash, createdAt: String(last.data['createdAt']), position: last.position };
}
