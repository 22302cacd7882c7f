import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidQueryError } from '#ledger-domain';
import { ReadModels } from '#read-models';
import { LedgerCheckpoints } from '../../platform/transparency-log/ledger-checkpoints.js';
import { GetConsistencyProofQuery, type ConsistencyProof } from './get-consistency-proof.query.js';
import { resolveTreeSize } from './resolve-tree-size.js';

@QueryHandler(GetConsistencyProofQuery)
export class GetConsistencyProofHandler implements IQueryHandler<GetConsistencyProofQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly checkpoints: LedgerCheckpoints,
  ) {}

  async execute(query: GetConsistencyProofQuery): Promise<ConsistencyProof> {
    const tiles = this.readModels.merkleTiles;
    const toSize = resolveTreeSize(query.toSize, 'to_size', tiles.treeSize(query.ledgerId), this.checkpoints, query.ledgerId);
    if (query.fromSize > toSize) {
      throw new InvalidQueryError([{ path: 'from_size', message: `from_size ${query.fromSize} is larger than to_size ${toSize}` }]);
    }
    const hashes = tiles.consistencyProof(query.ledgerId, query.fromSize, toSize).map((hash) => hash.toString('hex'));
    return { fromSize: query.fromSize, toSize, hashes };
  }
}
