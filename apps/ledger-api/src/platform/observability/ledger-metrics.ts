import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The service's Prometheus metrics, in a registry of its own. */
export class LedgerMetrics {
  readonly registry = new Registry();
  private readonly appended = new Counter({
    name: 'ledger_appended_events_total',
    help: 'Audit events durably appended',
    labelNames: ['ledger'],
    registers: [this.registry],
  });
  private readonly appendDuration = new Histogram({
    name: 'ledger_append_duration_seconds',
    help: 'Time from a group commit starting to its durable commit',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });
  private readonly groupCommit = new Histogram({
    name: 'ledger_group_commit_events',
    help: 'Events written per store transaction (group commit)',
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000],
    registers: [this.registry],
  });
  private readonly projectorLag = new Gauge({
    name: 'ledger_projector_lag_events',
    help: 'Store positions committed but not yet applied to the read models',
    registers: [this.registry],
  });
  private readonly projectorCheckpoint = new Gauge({
    name: 'ledger_projector_checkpoint',
    help: 'Store position the read models have applied',
    registers: [this.registry],
  });
  private readonly openStreams = new Gauge({
    name: 'ledger_event_streams_open',
    help: 'Event streams (GET /v1/audit-events/stream) open on this instance',
    registers: [this.registry],
  });
  private readonly endedStreams = new Counter({
    name: 'ledger_event_streams_ended_total',
    help: 'Event streams ended, by who ended them: the client, or the service (slow-client, shutdown)',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  private readonly integrityViolations = new Counter({
    name: 'ledger_integrity_violations_total',
    help: 'Disagreements the scrubber saw between the log, its envelope and the read models (each walk counts what it sees)',
    labelNames: ['ledger', 'kind'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeAppend(ledgerId: string, events: number, seconds: number): void {
    this.appended.inc({ ledger: ledgerId }, events);
    this.appendDuration.observe(seconds);
  }

  observeGroupCommit(events: number): void {
    this.groupCommit.observe(events);
  }

  countIntegrityViolation(ledgerId: string, kind: string): void {
    this.integrityViolations.inc({ ledger: ledgerId, kind });
  }

  setProjectorState(checkpoint: number, headPosition: number): void {
    this.projectorCheckpoint.set(checkpoint);
    this.projectorLag.set(Math.max(0, headPosition - checkpoint));
  }

  streamOpened(): void {
    this.openStreams.inc();
  }

  streamEnded(reason: string): void {
    this.openStreams.dec();
    this.endedStreams.inc({ reason });
  }
}
