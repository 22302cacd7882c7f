import { Injectable } from '@nestjs/common';
import { EventStore } from '#event-store';
import { ReadinessCheck, type ReadinessResult } from './readiness-check.js';

/** Ready when the event store answers a ping. */
@Injectable()
export class StoreReadinessCheck extends ReadinessCheck {
  readonly name = 'store';

  constructor(private readonly store: EventStore) {
    super();
  }

  async check(): Promise<ReadinessResult> {
    await this.store.ping();
    return { ready: true };
  }
}
