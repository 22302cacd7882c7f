import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ServiceStorage } from '#ledger-storage';
import { SERVICE_SCRUB_PACING, WorkerIntegrityScrubber, type IntegrityViolation, type LedgerScrubResult } from '#read-models';
import { LedgerConfig } from '../config/index.js';
import { LedgerMetrics } from '../observability/index.js';
import { LEDGER_STORAGE } from '../storage/storage.module.js';

/** Error lines per ledger walk; the rest are counted in the walk's summary line (the metric counts all). */
const LOGGED_PER_WALK = 100;

/**
 * The background scrubber (LEDGER_SCRUB_INTERVAL_MS; 0: off): its worker walks every ledger once
 * per interval; every violation it reports is counted in ledger_integrity_violations_total and
 * logged at `error` naming the ledger, sequence and kind. Findings are kept in the read-model file
 * (IntegrityFindings), where /readyz and GET /v1/admin/integrity read them.
 */
@Injectable()
export class IntegrityScrub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Scrubber');
  private scrubber: WorkerIntegrityScrubber | undefined;
  private readonly logged = new Map<string, number>();

  constructor(
    private readonly config: LedgerConfig,
    private readonly metrics: LedgerMetrics,
    @Inject(LEDGER_STORAGE) private readonly storage: ServiceStorage,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.scrubIntervalMs === 0) return void this.log.log('the scrubber is off (LEDGER_SCRUB_INTERVAL_MS=0)');
    const { location } = this.storage;
    this.scrubber = new WorkerIntegrityScrubber(
      { eventStore: location.eventStore, readModelsFile: location.readModelsFile, intervalMs: this.config.scrubIntervalMs, ...SERVICE_SCRUB_PACING },
      {
        onViolations: (violations) => violations.forEach((violation) => this.report(violation)),
        onWalked: (result, seconds) => this.walked(result, seconds),
        onFailure: (message) => this.log.warn(`scrub: ${message}`),
      },
    );
    this.scrubber.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scrubber?.stop();
  }

  private report(violation: IntegrityViolation): void {
    this.metrics.countIntegrityViolation(violation.ledgerId, violation.kind);
    const logged = this.logged.get(violation.ledgerId) ?? 0;
    this.logged.set(violation.ledgerId, logged + 1);
    if (logged < LOGGED_PER_WALK) {
      this.log.error(`integrity violation: ledger ${violation.ledgerId} sequence ${violation.sequence} ${violation.kind}: ${violation.detail}`);
    }
  }

  private walked(result: LedgerScrubResult, seconds: number): void {
    this.logged.delete(result.ledgerId);
    const line = `scrubbed ledger ${result.ledgerId}: ${result.checked} records in ${seconds.toFixed(1)} s, ${result.violations} violations`;
    if (result.violations > 0) this.log.error(line);
    else this.log.log(line);
  }
}
