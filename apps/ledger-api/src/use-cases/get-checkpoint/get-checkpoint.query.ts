import { Query } from '@nestjs/cqrs';

/** The ledger's latest signed checkpoint note (C2SP signed note over a tlog-checkpoint body). */
export class GetCheckpointQuery extends Query<string> {
  constructor(readonly ledgerId: string) {
    super();
  }
}
