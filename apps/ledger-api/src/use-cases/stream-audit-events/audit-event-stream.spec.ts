import { PassThrough } from 'node:stream';
import { heapUsedAfterGc } from '#event-store/testing';
import { AuditEventStream } from './audit-event-stream.js';

describe('an audit event stream', () => {
  it('keeps nothing of its waits for new events, however long it is open', async () => {
    const out = new PassThrough();
    out.resume();
    let waits = 0;
    let before = 0;
    let grown = 0;
    // No event ever comes; the projector answers each wait at once, as it does when it moves on.
    const stream = new AuditEventStream(
      { list: () => ({ auditEvents: [], hasMore: false }), getJsonBySequences: () => [] } as never,
      {
        checkpoint: 0,
        waitForPosition: async () => {
          waits += 1;
          if (waits === 1000) before = heapUsedAfterGc();
          if (waits < 21_000) return true;
          if (waits === 21_000) {
            grown = heapUsedAfterGc() - before;
            out.destroy();
          }
          // The close is told on a later turn of the event loop: let it come.
          return new Promise<boolean>((resolve) => setTimeout(resolve, 10, false));
        },
      },
      out,
      { ledgerId: 'a', filter: {}, afterSequence: 0, heartbeatMs: 3_600_000, writeTimeoutMs: 1000 },
    );
    await stream.run();
    expect(waits).toBeGreaterThanOrEqual(21_000);
    // Raced against one promise of the stream's close, each wait kept ~450 bytes until the close.
    expect(grown).toBeLessThan(1_000_000);
  });
});
