import { DuplicateMemberNameError, InvalidUtf8BodyError, type LedgerError } from '#ledger-domain';
import { parseJsonBody } from './parse-json-body.js';

/** `text` as UTF-8 with `hex` bytes spliced in where `@` stands. */
const bytes = (text: string, hex = '') => {
  const [before, after = ''] = text.split('@');
  return Buffer.concat([Buffer.from(before!), Buffer.from(hex, 'hex'), Buffer.from(after)]);
};
const refusal = (body: Buffer): LedgerError => {
  try {
    parseJsonBody(body);
  } catch (error) {
    return error as LedgerError;
  }
  throw new Error(`accepted ${body.toString('hex')}`);
};
const fastifyCode = (body: Buffer) => (refusal(body) as unknown as { code: string }).code;

describe('parsing a request body as I-JSON', () => {
  it('parses well-formed UTF-8 JSON, with any characters, escapes and a leading BOM', () => {
    const value = { name: 'Zoë ✓ 😀', note: 'say "hi"\\', list: [{ a: 1 }, { a: 2 }], nested: { a: { a: { a: null } } } };
    expect(parseJsonBody(Buffer.from(JSON.stringify(value)))).toEqual(value);
    expect(parseJsonBody(bytes('@{"a":1}', 'efbbbf'))).toEqual({ a: 1 });
    expect(parseJsonBody(Buffer.from('"just a string"'))).toBe('just a string');
  });

  describe('when the bytes are not UTF-8', () => {
    it.each([
      ['0xFF', 'ff', 0xff],
      ['an encoded surrogate (ED A0 80)', 'eda080', 0xed],
      ['the overlong C0 AF', 'c0af', 0xc0],
      ['a truncated three-byte sequence', 'e282', 0xe2],
      ['a stray continuation byte', '80', 0x80],
      ['a code point above U+10FFFF', 'f4908080', 0xf4],
    ])('refuses %s, naming the member and the byte', (_what, hex, first) => {
      const body = bytes('{"actor":{"id":"ana"},"context":{"notes":["fine","bad @ here"]}}', hex);
      const error = refusal(body);
      expect(error).toBeInstanceOf(InvalidUtf8BodyError);
      const offset = body.indexOf(Buffer.from(hex, 'hex'));
      expect(error.violations).toEqual([{ path: 'context.notes[1]', message: expect.stringContaining(`byte ${offset} (0x${first.toString(16).toUpperCase()})`) }]);
    });

    it('names the object when the bad byte is in a member name, and the body when it is outside any member', () => {
      expect(refusal(bytes('{"events":[{"metadata":{"k@y":1}}]}', 'ff')).violations[0]!.path).toBe('events[0].metadata');
      expect(refusal(bytes('@{}', 'ff')).violations[0]!.path).toBe('');
      expect(refusal(bytes('{"a.b":{"c":"@"}}', 'c0af')).violations[0]!.path).toBe('["a.b"].c');
    });
  });

  describe('when an object names a member twice', () => {
    it.each([
      ['at the top', '{"eventType":"A","resourceId":"r","eventType":"B"}', 'eventType'],
      ['in context', '{"context":{"after":{"name":"a","name":"b"}}}', 'context.after.name'],
      ['in metadata, with a name that is not an identifier', '{"metadata":{"ticket-id":1,"ticket-id":2}}', 'metadata["ticket-id"]'],
      ['in a batch item', '{"events":[{"a":1},{"a":1},{"a":1,"b":2,"a":3}]}', 'events[2].a'],
      ['spelled once with an escape', '{"context":{"x":1,"\\u0078":2}}', 'context.x'],
      ['in an object of more than 16 members', `{${Array.from({ length: 40 }, (_, i) => `"m${i}":${i}`).join(',')},"m7":0}`, 'm7'],
    ])('refuses it %s, naming the member', (_what, text, path) => {
      const error = refusal(Buffer.from(text));
      expect(error).toBeInstanceOf(DuplicateMemberNameError);
      expect(error.violations).toEqual([{ path, message: expect.stringContaining('more than once') }]);
    });

    it('finds a repeat that whitespace and colon-leading values around it cannot hide', () => {
      const error = refusal(Buffer.from('{"a" :"x", "a"\n:": y", "b":"c\\":d"}'));
      expect(error.violations[0]!.path).toBe('a');
      expect(parseJsonBody(Buffer.from('{"a" :": x", "b" : "y\\":z", "c":[":",": "]}'))).toEqual({ a: ': x', b: 'y":z', c: [':', ': '] });
    });

    it('accepts one name in sibling, nested and array objects, and names that only look alike', () => {
      const text = '{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}],"c":{"x":"\\"a\\":1,\\"a\\":2"},"A":1,"a ":2}';
      expect(parseJsonBody(Buffer.from(text))).toEqual(JSON.parse(text));
    });
  });

  it('refuses prototype poisoning, an empty body and text that is not JSON as Fastify does', () => {
    expect(fastifyCode(Buffer.from('{"a":{"__proto__":{"x":1}}}'))).toBe('FST_ERR_CTP_INVALID_JSON_BODY');
    expect(fastifyCode(Buffer.from('{"constructor":{"prototype":{"x":1}}}'))).toBe('FST_ERR_CTP_INVALID_JSON_BODY');
    expect(parseJsonBody(Buffer.from('{"constructor":{"name":"x"},"prototype":1}'))).toEqual({ constructor: { name: 'x' }, prototype: 1 });
    expect(fastifyCode(Buffer.from(''))).toBe('FST_ERR_CTP_EMPTY_JSON_BODY');
    expect(fastifyCode(Buffer.from('{"a":'))).toBe('FST_ERR_CTP_INVALID_JSON_BODY');
  });
});
