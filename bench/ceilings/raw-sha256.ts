import { createHash } from 'node:crypto';
import { canonicalize } from '#integrity';

/** Hashing ceiling: SHA-256 alone over the records' canonical bytes (precomputed), one core. Events/s. */
export function rawSha256Rate(records: readonly Record<string, unknown>[]): number {
  const bytes = records.map((r) => Buffer.from(canonicalize(r)));
  const started = process.hrtime.bigint();
  let rounds = 0;
  while (Number(process.hrtime.bigint() - started) < 1e9) {
    for (const b of bytes) createHash('sha256').update(b).digest('hex');
    rounds += 1;
  }
  return (rounds * bytes.length) / (Number(process.hrtime.bigint() - started) / 1e9);
}
