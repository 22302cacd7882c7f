import type { AuditRecord } from '#ledger-domain';
import { csvHeader, csvRow } from './csv-row.js';

export const EXPORT_FORMATS = ['ndjson', 'csv', 'cloudevents'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How one export format writes records: its content type, what comes first, and one record's text. */
export interface ExportWriter {
  contentType: string;
  fileExtension: string;
  header: string;
  /**
   * One record's text; `json` is the record exactly as stored. Only the formats that rebuild the
   * record parse it: NDJSON copies the stored text, and parsing a million records it never reads
   * halved the export's rate.
   */
  line(json: string): string;
}

/**
 * The writers of GET /v1/ledger/export: NDJSON (each record exactly as stored), CSV (RFC 4180),
 * CloudEvents 1.0 structured JSON, one event a line.
 */
export function exportWriter(format: ExportFormat, cloudEventsTypePrefix: string): ExportWriter {
  switch (format) {
    case 'ndjson':
      return { contentType: 'application/x-ndjson; charset=utf-8', fileExtension: 'ndjson', header: '', line: (json) => `${json}\n` };
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8; header=present', fileExtension: 'csv', header: csvHeader(), line: (json) => csvRow(JSON.parse(json) as AuditRecord) };
    case 'cloudevents':
      return {
        contentType: 'application/x-ndjson; charset=utf-8',
        fileExtension: 'ndjson',
        header: '',
        line: (json) => `${JSON.stringify(toCloudEvent(JSON.parse(json) as AuditRecord, cloudEventsTypePrefix))}\n`,
      };
    default: {
      const never: never = format;
      throw new Error(`unknown export format ${String(never)}`);
    }
  }
}

/** A record as a CloudEvents 1.0 event in structured JSON mode; `data` is the whole record, hashes included. */
export function toCloudEvent(record: AuditRecord, typePrefix: string) {
  return {
    specversion: '1.0',
    id: record.eventId,
    source: `/ledgers/${record.ledgerId}`,
    type: `${typePrefix}.${record.eventType}`,
    time: record.createdAt,
    subject: `${record.resourceType}/${record.resourceId}`,
    datacontenttype: 'application/json',
    data: record,
  };
}
