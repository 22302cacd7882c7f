import { getJson } from '../support/bench-api.js';

const MAX_RECORDS = 100_000;

export interface VerifyResult {
  verified: number;
  calls: number;
  intact: boolean;
  eventsPerSecond: number;
}

/**
 * Walks the whole chain with GET /v1/ledger/verify?from_sequence=…&max_records=100000, following
 * nextFromSequence, one call at a time; events/s over the whole walk.
 */
export async function rangedVerify(url: string): Promise<VerifyResult> {
  let from: number | null = 1;
  let verified = 0;
  let calls = 0;
  let intact = true;
  const started = performance.now();
  while (from !== null) {
    const answer: { intact: boolean; verifiedCount: number; nextFromSequence: number | null } = await getJson(
      url,
      `/v1/ledger/verify?from_sequence=${from}&max_records=${MAX_RECORDS}`,
    );
    calls += 1;
    verified += answer.verifiedCount;
    intact &&= answer.intact;
    from = answer.intact ? answer.nextFromSequence : null;
  }
  return { verified, calls, intact, eventsPerSecond: verified / ((performance.now() - started) / 1000) };
}
