import { DEFAULT_AUDIT_EVENT_LIMITS } from './audit-event-limits.js';
import { customEvent, given, minimalEvent } from './testing/given-audit-event.js';

function nested(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { d: value };
  return value;
}
const dPath = (root: string, steps: number) => root + '.d'.repeat(steps);

describe('nesting depth of context and metadata', () => {
  it('accepts 16 levels, counting context itself', () => {
    given(customEvent({ context: nested(16) })).whenNormalized().thenAccepts();
  });

  it('refuses a 17th level, naming the limit and the path where it starts', () => {
    given(customEvent({ context: nested(17) })).whenNormalized()
      .thenRejects(dPath('context', 16), 'nested deeper than 16 levels, the limit for context and metadata');
  });

  it('counts arrays as levels, and applies to metadata', () => {
    given(customEvent({ metadata: { a: [[[nested(14)]]] } })).whenNormalized().thenRejects(`metadata.a[0][0][0]${'.d'.repeat(12)}`, /deeper than 16 levels/);
  });

  it('refuses 100,000 levels without overflowing the stack', () => {
    given(customEvent({ context: nested(100_000) })).whenNormalized().thenRejects(dPath('context', 16), /deeper than 16/);
  });
});

describe('entries per object or array', () => {
  const limits = { ...DEFAULT_AUDIT_EVENT_LIMITS, maxEntries: 3 };

  it('accepts the limit and refuses one more, naming the limit', () => {
    given(customEvent({ context: { list: [1, 2, 3], map: { a: 1, b: 2, c: 3 } } })).whenNormalized(limits).thenAccepts();
    given(customEvent({ context: { list: [1, 2, 3, 4] } })).whenNormalized(limits).thenRejects('context.list', 'array has 4 elements; the limit is 3');
    given(customEvent({ metadata: { a: 1, b: 2, c: 3, d: 4 } })).whenNormalized(limits).thenRejects('metadata', 'object has 4 members; the limit is 3');
  });
});

describe('strings inside context and metadata', () => {
  it('refuses a string over the limit, naming it', () => {
    given(customEvent({ context: { note: 'x'.repeat(65_537) } })).whenNormalized().thenRejects('context.note', 'string is 65537 characters; the limit is 65536');
  });

  it('names odd member names unambiguously', () => {
    given(customEvent({ context: { 'a.b': [{ 'max amount': 'x'.repeat(65_537) }] } })).whenNormalized()
      .thenRejects('context["a.b"][0]["max amount"]', /the limit is 65536/);
  });
});

describe('total size', () => {
  const sizeOf = (event: object) => Buffer.byteLength(JSON.stringify(given(event).whenNormalized().thenAccepts()));
  const padded = (pad: string) => customEvent({ metadata: { pad } });
  const overhead = sizeOf(padded(''));

  it('accepts a draft of exactly the limit and refuses one byte more, counting UTF-8 bytes', () => {
    const limits = { ...DEFAULT_AUDIT_EVENT_LIMITS, maxRecordBytes: 2048 };
    given(padded('x'.repeat(2048 - overhead))).whenNormalized(limits).thenAccepts();
    given(padded('x'.repeat(2049 - overhead))).whenNormalized(limits).thenRejects('$', `the event is 2049 bytes as JSON; the limit is 2048 bytes (2 KiB)`);
    // 'é' is one character but two UTF-8 bytes.
    given(padded('é'.repeat(1024))).whenNormalized(limits).thenRejects('$', /the limit is 2048 bytes/);
  });

  it('defaults to 256 KiB and says so', () => {
    const blob = 'x'.repeat(60_000);
    given(customEvent({ metadata: { a: blob, b: blob, c: blob, d: blob, e: blob } })).whenNormalized()
      .thenRejects('$', /the limit is 262144 bytes \(256 KiB\)/);
  });

  it('is reported together with the other problems', () => {
    const blob = 'x'.repeat(60_000);
    const violations = given(customEvent({ result: '', context: { a: blob, b: blob, c: blob, d: blob, e: blob } })).whenNormalized()
      .thenRejects('$', /262144 bytes/);
    expect(violations).toContainEqual({ path: 'result', message: 'result must not be empty' });
  });
});

describe('lone UTF-16 surrogates (RFC 8785 cannot canonicalize them)', () => {
  it.each([
    ['description', { description: 'bad \ud800' }, 'description'],
    ['resourceId', { resourceId: '\udc00' }, 'resourceId'],
    ['actor.name', { actor: { id: 'a', actorType: 'user', name: 'x\ud83d' } }, 'actor.name'],
    ['a context string in an array', { context: { notes: ['ok', 'x\udc00y'] } }, 'context.notes[1]'],
    ['a reversed pair in metadata', { metadata: { n: '\ude00\ud83d' } }, 'metadata.n'],
    ['a member name', { context: { ['k\ud800']: 1 } }, 'context["k\\ud800"]'],
  ])('refuses one in %s', (_where, change, path) => {
    given(customEvent(change)).whenNormalized().thenRejects(path, /lone UTF-16 surrogate/);
  });

  it('accepts well-formed pairs (emoji) and non-ASCII text', () => {
    given(customEvent({ description: 'Zürich 😀', context: { 'clé': 'naïve ✓ 😀' } })).whenNormalized().thenAccepts();
  });
});

describe('values JSON cannot carry', () => {
  it.each([
    ['NaN', Number.NaN, 'numbers must be finite (NaN and Infinity are not JSON)'],
    ['Infinity', Infinity, 'numbers must be finite (NaN and Infinity are not JSON)'],
    ['a bigint', 1n, 'bigint is not a JSON value'],
    ['a Date', new Date(0), 'must be a plain JSON object'],
  ])('refuses %s', (_what, value, message) => {
    given(minimalEvent('RULE_ACTIVATED', { context: { v: value } })).whenNormalized().thenRejects('context.v', message);
  });
});
