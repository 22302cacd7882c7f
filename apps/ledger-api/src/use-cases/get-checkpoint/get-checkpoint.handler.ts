import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CheckpointNotFoundError } from '#ledger-domain';
import { LedgerCheckpoints } from '../../platform/transparency-log/ledger-checkpoints.js';
import { GetCheckpointQuery } from './get-checkpoint.query.js';

@QueryHandler(GetCheckpointQuery)
export class GetCheckpointHandler implements IQueryHandler<GetCheckpointQuery> {
  constructor(private readonly checkpoints: LedgerCheckpoints) {}

  async execute(query: GetCheckpointQuery): Promise<string> {
    // A log that contradicts what was signed cannot be vouched for: say so rather than hand out the last note as current.
    this.checkpoints.assertNoContradiction(query.ledgerId);
    const latest = this.checkpoints.latest(query.ledgerId);
    if (!latest) throw new CheckpointNotFoundError(query.ledgerId);
    return latest.note;
  }
}
