import { BENCH_KEY } from '../support/bench-service.js';
import { sampleEvent } from '../support/sample-events.js';

const headers = { 'content-type': 'application/json', 'x-api-key': BENCH_KEY };

/** Grows the ledger to `target` events with 1000-event batches; returns a sample of event ids and the rate. */
export async function fillLedger(url: string, target: number, already: number): Promise<{ ids: string[]; eventsPerSecond: number }> {
  const ids: string[] = [];
  let sent = already;
  let n = 0;
  const started = performance.now();
  const worker = async () => {
    while (sent < target) {
      const size = Math.min(1000, target - sent);
      sent += size;
      const events = Array.from({ length: size }, () => sampleEvent(n++));
      const response = await fetch(`${url}/v1/audit-events/batch`, { method: 'POST', headers, body: JSON.stringify({ events }) });
      if (response.status !== 201) throw new Error(`fill: HTTP ${response.status} ${await response.text()}`);
      const body = (await response.json()) as { auditEvents: { eventId: string }[] };
      for (let i = 0; i < body.auditEvents.length; i += 50) ids.push(body.auditEvents[i]!.eventId);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { ids, eventsPerSecond: (target - already) / ((performance.now() - started) / 1000) };
}

/** Waits until the read models hold `length` events (the projector caught up). */
export async function waitForReadModels(url: string, length: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const ledger = (await (await fetch(`${url}/v1/ledger`, { headers })).json()) as { length: number };
    if (ledger.length >= length) return (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 200));
  }
}
