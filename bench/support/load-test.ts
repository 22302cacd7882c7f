import autocannon from 'autocannon';
import { percentile } from './percentile.js';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
}

export interface LoadSettings {
  url: string;
  connections: number;
  seconds: number;
  /** Called once per request sent: every request can differ (a distinct event, a random id). */
  next: () => LoadRequest;
}

export interface LoadResult {
  /** 2xx responses per second over the measured run. */
  okPerSecond: number;
  /** Latency of 2xx responses, ms, from autocannon's per-response timings (not its 1 ms histogram). */
  p50: number;
  p99: number;
  /** Responses other than 2xx, plus connection errors and timeouts. */
  failures: number;
  statusCodes: Record<string, number>;
}

const WARM_UP_SECONDS = 2;

/**
 * Drives `settings.url` with autocannon: a short warm-up (discarded) so that both the service
 * and a ceiling are measured with JIT-compiled code, then the measured run.
 */
export async function runLoad(settings: LoadSettings): Promise<LoadResult> {
  await drive(settings, WARM_UP_SECONDS, () => undefined);
  const latencies: number[] = [];
  const result = await drive(settings, settings.seconds, (status, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    okPerSecond: result['2xx'] / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures: result.non2xx + result.errors + result.timeouts,
    statusCodes,
  };
}

function drive(settings: LoadSettings, seconds: number, onResponse: (status: number, ms: number) => void) {
  const instance = autocannon({
    url: settings.url,
    connections: settings.connections,
    duration: seconds,
    timeout: 30,
    // A fresh headers object per request: autocannon writes content-length into the one it is given.
    requests: [{ setupRequest: (request) => { const next = settings.next(); return { ...request, ...next, headers: { ...next.headers } }; } }],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => onResponse(status, ms));
  return instance;
}
