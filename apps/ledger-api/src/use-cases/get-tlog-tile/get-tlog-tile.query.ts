import { Query } from '@nestjs/cqrs';

/** One C2SP tlog-tiles resource under /v1/ledger/tlog/: a hash tile or an entry bundle, full or partial. */
export class GetTlogTileQuery extends Query<Buffer> {
  constructor(
    readonly ledgerId: string,
    /** `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`. */
    readonly path: string,
  ) {
    super();
  }
}
