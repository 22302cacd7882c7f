import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AUDIT_EVENT_LIMITS, normalizeAuditEvent, type AuditEventInput, type LifecycleState } from '#ledger-domain';
import { openLedgerStorage } from '#ledger-storage';
import { AcknowledgedMarks, APPEND_QUEUE_BOUNDS, LedgerAppendQueue, LifecycleStates, SystemClock, UuidV7Generator, type LifecycleKey } from '#ledger-writer';
import { BENCH_LEDGER } from '../support/bench-api.js';
import { appendSampleEvents, peerSetupEvents, type PeerEvent } from '../support/peer-events.js';

export interface WriteCoreRate {
  eventsPerSecond: number;
  /** Events the log holds afterwards, setup included (checked against what was appended). */
  stored: number;
}

/**
 * `total` sample events appended in-process through the ledger's own write core, no HTTP: a
 * LedgerAppendQueue on the SQLite store opened by openLedgerStorage (WAL, synchronous=FULL) in a
 * fresh temp data directory, driven as the service's LedgerWriter drives it (UUID v7 ids, the system
 * clock, the acknowledged marks, 5,000 events per group commit, before-images flagged as on the
 * bench ledger). Each event is normalized by the domain (normalizeAuditEvent) as the batch handler
 * does; the class-validator DTO check is HTTP-side and left out, so is the projector.
 */
export async function writeCoreAppendRate(total: number, submitters: number): Promise<WriteCoreRate> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-write-core-'));
  const { store, close } = await openLedgerStorage({ dataDir, store: 'sqlite', eventStoreConnectionString: undefined }, { kind: 'direct' });
  try {
    const marks = new AcknowledgedMarks();
    const ids = new UuidV7Generator();
    const clock = new SystemClock();
    const queue = new LedgerAppendQueue(BENCH_LEDGER, {
      store,
      nextId: () => ids.next(),
      now: () => clock.now(),
      ...APPEND_QUEUE_BOUNDS,
      lifecycles: new CachedStatesOnly(),
      policy: { beforeImageMismatch: 'flag' },
      marks,
    });
    const append = (events: PeerEvent[]) => {
      marks.assertAppendable(BENCH_LEDGER);
      const drafts = events.map((event) => normalizeAuditEvent(event as unknown as AuditEventInput, DEFAULT_AUDIT_EVENT_LIMITS));
      return queue.append({ drafts, batch: true });
    };
    const setup = peerSetupEvents();
    await append(setup);
    const seconds = await appendSampleEvents(total, submitters, append);
    const stored = await store.headPosition();
    if (stored !== setup.length + total) throw new Error(`write core: the log holds ${stored} events, ${setup.length + total} were appended`);
    return { eventsPerSecond: total / seconds, stored };
  } finally {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The queue asks its LifecycleStates only for rules and limits missing from its own cache (which
 * keeps up to 50,000). On this fresh ledger with one writer, the setup's 300 rules are cached when
 * they are created and never evicted, so a call would mean the bench measures something else than
 * it says (the service would wait for its projector here): fail loudly instead.
 */
class CachedStatesOnly extends LifecycleStates {
  load(_ledgerId: string, keys: readonly LifecycleKey[]): Promise<LifecycleState[]> {
    return Promise.reject(new Error(`write-core bench: the writer's cache lacked ${keys.length} resource states (${keys.map((k) => k.resourceId).slice(0, 3).join(', ')}…)`));
  }
}
