import { getJson } from '../support/bench-api.js';
import { percentile } from '../support/percentile.js';
import { fmt, type BenchLine } from '../support/results-table.js';
import { waitForProjector, type FillAcknowledgement, type FillResult } from './fill-ledger.js';

/** How often the sampler asks during the fill: one small GET, so that it costs the service next to nothing. */
const SAMPLE_EVERY_MS = 250;
/** How often the catch-up after the fill is polled. */
const CATCH_UP_POLL_MS = 50;
const CATCH_UP_TIMEOUT_MS = 1_800_000;

export interface ProjectorLag {
  samples: number;
  /** Seconds: now − the acknowledgement time of the first acknowledged sequence the projector had not applied. */
  maxSeconds: number;
  p99Seconds: number;
  /** Most log positions behind (GET /readyz's lagEvents) at any sample. */
  maxEvents: number;
  /** From the fill's last acknowledgement until lagEvents was 0. */
  caughtUpSeconds: number;
  /** The checkpoint, caught up, is the highest sequence acknowledged (the position → sequence mapping held). */
  consistent: boolean;
}

interface ProjectorProbe {
  /** performance.now() when the answer arrived. */
  at: number;
  checkpoint: number;
  lagEvents: number;
}

/**
 * The projector's lag behind the writers during a fill, in seconds, defined from outside the
 * service: the fill reports each acknowledged request's sequences and when it was answered
 * ({@link acknowledged}); this samples GET /readyz (checks.projector: `checkpoint`, the last store
 * position applied, and `lagEvents`, head position − checkpoint) every 250 ms. A sample's lag is
 * its time minus the time the first not-yet-applied sequence was acknowledged (0 when every
 * acknowledged sequence is applied). Store positions map to the bench ledger's sequences by a
 * fixed offset, read at start while nothing is written (0 while the ledger is the log's only stream).
 */
export class ProjectorLagSampler {
  private readonly acks: FillAcknowledgement[] = [];
  private readonly probes: ProjectorProbe[] = [];
  private stopped = false;
  /** Ends the sampler's current pause at once: the catch-up polling must not wait for it. */
  private wake: (() => void) | undefined;
  private failure: unknown;
  private readonly loop: Promise<void>;

  private constructor(
    private readonly url: string,
    /** Store position − ledger sequence. */
    private readonly offset: number,
  ) {
    this.loop = this.sample();
  }

  /** Waits for the projector to apply the whole log, reads the offset, starts sampling. */
  static async start(url: string): Promise<ProjectorLagSampler> {
    await waitForProjector(url);
    const { checkpoint } = await probe(url);
    const { length } = await getJson<{ length: number }>(url, '/v1/ledger');
    return new ProjectorLagSampler(url, checkpoint - length);
  }

  /** Hand to fillLedger: one call per answered request. */
  readonly acknowledged = (ack: FillAcknowledgement): void => {
    this.acks.push(ack);
  };

  /** Stops sampling, polls every 50 ms until the projector has applied everything, computes the lags. */
  async finish(lastAcknowledgedAt: number): Promise<ProjectorLag> {
    await this.stop();
    if (this.failure !== undefined) throw this.failure;
    let last = await probe(this.url);
    while (last.lagEvents !== 0) {
      if (last.at - lastAcknowledgedAt > CATCH_UP_TIMEOUT_MS) throw new Error(`projector still ${last.lagEvents} events behind ${CATCH_UP_TIMEOUT_MS / 1000} s after the fill`);
      await sleep(CATCH_UP_POLL_MS);
      last = await probe(this.url);
    }
    const acks = this.acks.toSorted((a, b) => a.first - b.first);
    const lags = this.probes.map((p) => lagAt(p, acks, this.offset));
    const highest = acks.length === 0 ? undefined : acks[acks.length - 1]!.last;
    return {
      samples: lags.length,
      maxSeconds: Math.max(0, ...lags),
      p99Seconds: percentile(lags, 99),
      maxEvents: Math.max(0, ...this.probes.map((p) => p.lagEvents)),
      caughtUpSeconds: Math.max(0, (last.at - lastAcknowledgedAt) / 1000),
      consistent: highest === undefined || last.checkpoint - this.offset === highest,
    };
  }

  /** Stops sampling (also when the fill failed). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async sample(): Promise<void> {
    try {
      while (!this.stopped) {
        const next = performance.now() + SAMPLE_EVERY_MS;
        this.probes.push(await probe(this.url));
        if (this.stopped) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.max(0, next - performance.now()));
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } catch (error) {
      // Reported by finish(): a probe that fails midway must not become an unhandled rejection.
      this.failure = error;
    }
  }
}

/** The table's line: printed whether or not the goal (max ≤ 2 s, caught up ≤ 1 s) is met. */
export function projectorLagLine(lag: ProjectorLag, fill: FillResult): BenchLine {
  const mapping = lag.consistent ? '' : '; **position → sequence offset changed during the fill: lags unreliable**';
  return {
    measurement: `projector lag while filling ${fmt(fill.added)} events (GET /readyz every ${SAMPLE_EVERY_MS} ms, ${fmt(lag.samples)} samples)`,
    result:
      `max ${fmt(lag.maxSeconds, 2)} s, p99 ${fmt(lag.p99Seconds, 2)} s (at most ${fmt(lag.maxEvents)} events behind); ` +
      `caught up ${fmt(lag.caughtUpSeconds, 2)} s after the fill's last acknowledgement${mapping}`,
    ceiling: `lag 0 at the fill's rate, ${fmt(fill.eventsPerSecond)} ev/s (lag = sample time − acknowledgement time of the first unapplied sequence)`,
    target: 'max ≤ 2 s, caught up ≤ 1 s',
    met: lag.consistent && lag.maxSeconds <= 2 && lag.caughtUpSeconds <= 1,
  };
}

/** Seconds the first unapplied acknowledged sequence had waited at the probe; 0 when there is none. */
function lagAt(p: ProjectorProbe, acks: readonly FillAcknowledgement[], offset: number): number {
  if (p.lagEvents === 0) return 0;
  const sequence = p.checkpoint - offset + 1;
  // The acknowledged request holding `sequence` (acks sorted by first sequence, ranges disjoint).
  let low = 0;
  let high = acks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const ack = acks[middle]!;
    if (sequence < ack.first) high = middle - 1;
    else if (sequence > ack.last) low = middle + 1;
    else return Math.max(0, (p.at - ack.at) / 1000);
  }
  return 0; // not acknowledged (yet): no client waits for it
}

/** GET /readyz (answered 503 too while the projector is far behind: the body is read either way). */
async function probe(url: string): Promise<ProjectorProbe> {
  const response = await fetch(`${url}/readyz`);
  const body = (await response.json()) as { checks?: { projector?: { checkpoint?: number; lagEvents?: number | null } } };
  const at = performance.now();
  const projector = body.checks?.projector;
  if (typeof projector?.checkpoint !== 'number' || typeof projector.lagEvents !== 'number') {
    throw new Error(`GET /readyz: no projector checkpoint and lag in ${JSON.stringify(body)}`);
  }
  return { at, checkpoint: projector.checkpoint, lagEvents: projector.lagEvents };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
