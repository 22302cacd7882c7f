import { Query } from '@nestjs/cqrs';

/** RFC 9162 §2.1.3 inclusion proof of one event (leaf = the 32 bytes of its hash), hashes in lowercase hex. */
export interface InclusionProof {
  eventId: string;
  sequence: number;
  leafIndex: number;
  treeSize: number;
  rootHash: string;
  hashes: string[];
}

export class GetInclusionProofQuery extends Query<InclusionProof> {
  constructor(
    readonly ledgerId: string,
    readonly eventId: string,
    readonly treeSize: number | undefined,
  ) {
    super();
  }
}
