import { createHash } from 'node:crypto';
import { canonicalize } from '#integrity';

/**
 * Hashing ceiling: SHA-256 (node:crypto) alone over the exact bytes the chain hashes — each
 * record's RFC 8785 form without `hash`, precomputed — in a loop on one core for ~2 s. Events/s.
 */
export function rawSha256Rate(records: readonly Record<string, unknown>[]): number {
  const bytes = records.map(({ hash: _hash, ...unsealed }) => Buffer.from(canonicalize(unsealed), 'utf8'));
  let hashed = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    for (const b of bytes) createHash('sha256').update(b).digest('hex');
    hashed += bytes.length;
  }
  return hashed / ((performance.now() - started) / 1000);
}

/** Mean size in bytes of what {@link rawSha256Rate} hashes per record. */
export function meanCanonicalBytes(records: readonly Record<string, unknown>[]): number {
  const total = records.reduce((sum, { hash: _hash, ...unsealed }) => sum + Buffer.byteLength(canonicalize(unsealed)), 0);
  return total / Math.max(1, records.length);
}
