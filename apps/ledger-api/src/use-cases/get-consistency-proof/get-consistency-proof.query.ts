import { Query } from '@nestjs/cqrs';

/** RFC 9162 §2.1.4 consistency proof between two tree sizes, hashes in lowercase hex. */
export interface ConsistencyProof {
  fromSize: number;
  toSize: number;
  hashes: string[];
}

export class GetConsistencyProofQuery extends Query<ConsistencyProof> {
  constructor(
    readonly ledgerId: string,
    readonly fromSize: number,
    readonly toSize: number | undefined,
  ) {
    super();
  }
}
