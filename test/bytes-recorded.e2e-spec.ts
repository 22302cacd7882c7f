import { ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { errorPaths, expectProblem, type HttpAnswer } from './support/problem-assertions.js';

const KEY = 'bytes-recorded-key-0123456789';
const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }];

/** JSON text with `hex` bytes spliced in where `@` stands. */
const withBytes = (json: string, hex: string) => {
  const [before, after] = json.split('@');
  return Buffer.concat([Buffer.from(before!), Buffer.from(hex, 'hex'), Buffer.from(after!)]);
};

/** What the ledger stores is what the client sent: bad bytes and repeated member names are refused, never repaired. */
describe('bytes in are bytes recorded', () => {
  let ledger: LedgerProcess;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: keys });
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  const send = async (path: string, body: Buffer | string): Promise<HttpAnswer> => {
    const response = await fetch(ledger.baseUrl + path, { method: 'POST', headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: JSON.parse(text) };
  };
  const lengthOf = async () => (await ledger.request('GET', '/v1/ledger', { apiKey: KEY })).json.length as number;
  async function refusedWith(path: string, body: Buffer | string, code: string, errorPath: string): Promise<HttpAnswer> {
    const before = await lengthOf();
    const response = await send(path, body);
    expectProblem(response, 400, [ledger.dataDir, KEY]);
    expect({ code: response.json.code, paths: errorPaths(response) }).toEqual({ code, paths: [errorPath] });
    expect(await lengthOf()).toBe(before);
    return response;
  }

  it('stores a body of well-formed UTF-8 byte for byte, and reads it back unchanged', async () => {
    const note = 'Zoë 東京 😀 \u00a0 \ufffd';
    const created = await send('/v1/audit-events', JSON.stringify(ruleCreated('utf8-ok', { metadata: { note } })));
    expect(created.status).toBe(201);
    const read = await ledger.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: KEY });
    expect(read.json.metadata.note).toBe(note);
  });

  describe('bodies that are not UTF-8', () => {
    const event = JSON.stringify(ruleCreated('bad-bytes', { metadata: { note: 'café @' } }));
    it.each([
      ['0xFF', 'ff'],
      ['an encoded surrogate (ED A0 80)', 'eda080'],
      ['the overlong C0 AF', 'c0af'],
      ['a truncated sequence (E2 82)', 'e282'],
      ['a sequence cut by the end of a string (F0 9F 98)', 'f09f98'],
    ])('refuses %s with 400 naming the member, storing nothing', async (_what, hex) => {
      const response = await refusedWith('/v1/audit-events', withBytes(event, hex), 'HTTP.INVALID_TEXT_ENCODING', 'metadata.note');
      expect(response.json.detail).toMatch(/not valid UTF-8 at byte \d+/);
    });

    it('refuses a bad byte in one event of a batch, naming the event', async () => {
      const events = [transactionValidated('tx-1'), transactionValidated('tx-2'), ruleCreated('in-batch', { context: { after: { name: '@', expression: 'x', action: 'DENY' } } })];
      await refusedWith('/v1/audit-events/batch', withBytes(JSON.stringify({ events }), 'ff'), 'HTTP.INVALID_TEXT_ENCODING', 'events[2].context.after.name');
    });
  });

  describe('bodies that name a member twice', () => {
    const event = JSON.stringify(ruleCreated('twice'));
    it.each([
      ['at the top', event.replace('"result":"SUCCESS"', '"result":"SUCCESS","result":"FAILED"'), 'result'],
      ['in context', event.replace('"expression":', '"action":"ALLOW","expression":'), 'context.after.action'],
      ['in metadata, spelled with an escape the second time', event.replace('"origin":"e2e"', '"origin":"e2e","\\u006frigin":"forged"'), 'metadata.origin'],
      ['in actor', event.replace('"id":"user-1"', '"id":"user-1","id":"user-2"'), 'actor.id'],
    ])('refuses a repeat %s with 400 naming it, storing nothing', async (_what, body, path) => {
      await refusedWith('/v1/audit-events', body, 'HTTP.DUPLICATE_MEMBER_NAME', path);
    });

    it('refuses a repeat inside one event of a batch, naming the event', async () => {
      const events = [transactionValidated('tx-a'), transactionValidated('tx-b')].map((e) => JSON.stringify(e));
      events[1] = events[1]!.replace('"currency":"BRL"', '"currency":"BRL","currency":"USD"');
      await refusedWith('/v1/audit-events/batch', `{"events":[${events.join(',')}]}`, 'HTTP.DUPLICATE_MEMBER_NAME', 'events[1].context.request.currency');
    });

    it('refuses a repeated events member of the batch itself', async () => {
      const one = JSON.stringify([transactionValidated('tx-c')]);
      await refusedWith('/v1/audit-events/batch', `{"events":${one},"events":${one}}`, 'HTTP.DUPLICATE_MEMBER_NAME', 'events');
    });
  });

  describe('leap seconds, refused like every other impossible timestamp', () => {
    const codeFor = async (path: string, body?: unknown) =>
      (body === undefined ? await ledger.request('GET', path, { apiKey: KEY }) : await ledger.request('POST', path, { apiKey: KEY, body })).json;

    it('refuses occurredAt 23:59:60 with the code and path of a malformed occurredAt', async () => {
      const malformed = await codeFor('/v1/audit-events', ruleCreated('t', { occurredAt: 'yesterday' }));
      for (const occurredAt of ['2016-12-31T23:59:60Z', '2026-02-30T10:00:00Z', '2026-11-22T24:00:00Z']) {
        const before = await lengthOf();
        const refused = await codeFor('/v1/audit-events', ruleCreated('t', { occurredAt }));
        expect({ occurredAt, status: refused.status, code: refused.code, paths: refused.errors.map((e: { path: string }) => e.path) }).toEqual({
          occurredAt,
          status: 400,
          code: malformed.code,
          paths: ['occurredAt'],
        });
        expect(await lengthOf()).toBe(before);
      }
    });

    it.each([
      ['/v1/audit-events?start_date=', 'start_date'],
      ['/v1/audit-events?end_date=', 'end_date'],
      ['/v1/rules?as_of=', 'as_of'],
    ])('refuses %s23:59:60 with the code of a malformed value', async (path, name) => {
      const malformed = await codeFor(`${path}yesterday`);
      const leap = await codeFor(`${path}${encodeURIComponent('2016-12-31T23:59:60Z')}`);
      expect({ status: leap.status, code: leap.code }).toEqual({ status: 400, code: malformed.code });
      expect(JSON.stringify(leap.errors)).toContain(name);
    });
  });
});
