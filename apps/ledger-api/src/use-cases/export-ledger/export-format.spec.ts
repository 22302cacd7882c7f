import type { AuditRecord } from '#ledger-domain';
import { csvField, csvHeader, csvRow } from './csv-row.js';
import { exportWriter, toCloudEvent } from './export-format.js';

const record: AuditRecord = {
  eventId: '0193a1b2-0000-7000-8000-000000000001',
  ledgerId: 'demo',
  sequence: 1,
  eventType: 'COMPANY_DATA_UPDATED',
  category: 'COMPANY',
  source: 'APP',
  resourceType: 'company',
  resourceId: '=HYPERLINK("http://evil")',
  action: 'UPDATE',
  result: 'completed',
  description: 'Address, "new" one\nsecond line',
  actor: { id: 'admin-9', actorType: 'user' },
  context: { before: { city: '東京' }, after: { city: 'Zürich' } },
  metadata: {},
  createdAt: '2026-12-03T10:00:00.000Z',
  previousHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
} as AuditRecord;

describe('the export formats', () => {
  it('quotes CSV fields as RFC 4180 says, doubling quotes, and ends lines with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvHeader().endsWith('\r\n')).toBe(true);
    expect(csvRow(record).endsWith('\r\n')).toBe(true);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('makes %j harmless to spreadsheets', (text) => {
    expect(csvField(text).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('writes context and metadata as JSON cells and every column of the header', () => {
    const header = csvHeader().trimEnd().split(',');
    expect(header).toEqual(expect.arrayContaining(['sequence', 'eventId', 'context', 'metadata', 'previousHash', 'hash']));
    expect(csvRow(record)).toContain(`"{""before"":{""city"":""東京""},""after"":{""city"":""Zürich""}}"`);
    expect(csvRow(record)).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('makes a CloudEvents 1.0 structured event of a record, the record with its hashes as data', () => {
    expect(toCloudEvent(record, 'com.acme.ledger')).toEqual({
      specversion: '1.0',
      id: record.eventId,
      source: '/ledgers/demo',
      type: 'com.acme.ledger.COMPANY_DATA_UPDATED',
      time: record.createdAt,
      subject: 'company/=HYPERLINK("http://evil")',
      datacontenttype: 'application/json',
      data: record,
    });
    const line = exportWriter('cloudevents', 'com.acme.ledger').line(JSON.stringify(record));
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line).data.hash).toBe(record.hash);
  });

  it('writes NDJSON lines exactly as stored', () => {
    const json = JSON.stringify(record);
    expect(exportWriter('ndjson', 'x.y').line(json)).toBe(`${json}\n`);
  });
});
