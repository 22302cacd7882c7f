/** Source of the ledger's time (createdAt). A provider, so tests can fix time and hashes stay reproducible. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
