import { Injectable } from '@nestjs/common';
import { Projector } from '#read-models';
import { LedgerWriter } from '../ledger-writer/ledger-writer.js';

/** How long a read waits for the projector before answering from what it has. */
const WAIT_MS = 10_000;

/**
 * Read-your-writes on one instance: a read issued after a 201 waits until the projector has
 * applied everything this instance has written, so the event is in the read models.
 */
@Injectable()
export class ReadYourWritesBarrier {
  constructor(
    private readonly writer: LedgerWriter,
    private readonly projector: Projector,
  ) {}

  async wait(): Promise<void> {
    const position = this.writer.lastWrittenPosition;
    if (position > 0) await this.projector.waitForPosition(position, WAIT_MS);
  }
}
