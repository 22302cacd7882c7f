import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AuditEventNotFoundError, InvalidQueryError } from '#ledger-domain';
import { ReadModels } from '#read-models';
import { LedgerCheckpoints } from '../../platform/transparency-log/ledger-checkpoints.js';
import { resolveTreeSize } from '../get-consistency-proof/resolve-tree-size.js';
import { GetInclusionProofQuery, type InclusionProof } from './get-inclusion-proof.query.js';

@QueryHandler(GetInclusionProofQuery)
export class GetInclusionProofHandler implements IQueryHandler<GetInclusionProofQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly checkpoints: LedgerCheckpoints,
  ) {}

  async execute(query: GetInclusionProofQuery): Promise<InclusionProof> {
    // An event of another ledger is indistinguishable from an unknown one.
    const record = this.readModels.auditEvents.getById(query.ledgerId, query.eventId);
    if (!record) throw new AuditEventNotFoundError(query.eventId);
    const tiles = this.readModels.merkleTiles;
    const treeSize = resolveTreeSize(query.treeSize, 'tree_size', tiles.treeSize(query.ledgerId), this.checkpoints, query.ledgerId);
    if (record.sequence > treeSize) {
      throw new InvalidQueryError([{ path: 'tree_size', message: `a tree of ${treeSize} records does not hold sequence ${record.sequence}` }]);
    }
    const leafIndex = record.sequence - 1;
    return {
      eventId: record.eventId,
      sequence: record.sequence,
      leafIndex,
      treeSize,
      rootHash: tiles.root(query.ledgerId, treeSize).toString('hex'),
      hashes: tiles.inclusionProof(query.ledgerId, leafIndex, treeSize).map((hash) => hash.toString('hex')),
    };
  }
}
