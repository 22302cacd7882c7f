import { IDEMPOTENCY_STREAM_PREFIX, isIdempotencyStreamName, toIdempotencyStreamName } from './idempotency-stream-name.js';

describe('idempotency claim stream names', () => {
  it('is the SHA-256 of the JSON pair [stream, key], behind a $-free prefix', () => {
    // printf '%s' '["ledger-default","order-42"]' | sha256sum
    expect(toIdempotencyStreamName('ledger-default', 'order-42')).toBe(
      'idempotency-aa69688f16b1b645acd8c67a9848d71bc07076cdb566362ed9d455d759ebb8bb',
    );
  });

  it('gives different names to pairs that concatenate alike, and to the same key in other streams', () => {
    const names = [
      toIdempotencyStreamName('ledger-a-b', 'c'),
      toIdempotencyStreamName('ledger-a', 'b-c'),
      toIdempotencyStreamName('ledger-a', 'b"c'),
      toIdempotencyStreamName('ledger-x', 'b-c'),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it('stays short and plain whatever the key holds', () => {
    const name = toIdempotencyStreamName('ledger-default', '$/東京 😀\n'.repeat(30));
    expect(name).toMatch(/^idempotency-[0-9a-f]{64}$/);
    expect(isIdempotencyStreamName(name)).toBe(true);
    expect(isIdempotencyStreamName('ledger-default')).toBe(false);
    expect(IDEMPOTENCY_STREAM_PREFIX.includes('$')).toBe(false);
  });
});
