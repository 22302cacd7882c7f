import { Injectable } from '@nestjs/common';
import { EventStore } from '#event-store';
import { ProjectionRunner } from '#read-models';
import { LedgerWriter } from '../ledger-writer/ledger-writer.js';

/** How long a read waits for the projector before answering from what it has. */
const WAIT_MS = 10_000;

/**
 * Read-your-writes on one instance: a read issued after a 201 waits until the projector has
 * applied everything this instance has written, so the event is in the read models. After a
 * (re)start it also waits for everything the log held at start, so events acknowledged before a
 * crash are readable as soon as the service answers.
 */
@Injectable()
export class ReadYourWritesBarrier {
  constructor(
    private readonly writer: LedgerWriter,
    private readonly projector: ProjectionRunner,
    private readonly store: EventStore,
  ) {}

  private floor = 0;

  /** Reads must also see the log up to here (its head when the service started). */
  raiseFloor(position: number): void {
    if (position > this.floor) this.floor = position;
  }

  /** True when the read models already hold everything a read must see: no wait needed (checked without a promise). */
  caughtUp(): boolean {
    const position = Math.max(this.floor, this.writer.lastWrittenPosition);
    return position <= 0 || this.projector.checkpoint >= position;
  }

  async wait(): Promise<void> {
    if (this.caughtUp()) return;
    const position = Math.max(this.floor, this.writer.lastWrittenPosition);
    // A log that lost its tail (altered outside the service) never delivers it: wait only for what it holds.
    const head = await this.store.headPosition().catch(() => position);
    await this.projector.waitForPosition(Math.min(position, head), WAIT_MS);
  }
}
