import type { AuditRecord } from '#ledger-domain';
import { csvHeader, csvRow } from './csv-row.js';

export const EXPORT_FORMATS = ['ndjson', 'csv', 'cloudevents'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How one export format writes records: its content type, what comes first, and one record's text. */
export interface ExportWriter {
  contentType: string;
  fileExtension: string;
  header: string;
  /** `json` is the record exactly as stored; `record` the same, parsed. */
  line(json: string, record: AuditRecord): string;
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
      return { contentType: 'text/csv; charset=utf-8; header=present', fileExtension: 'csv', header: csvHeader(), line: (_json, record) => csvRow(record) };
    case 'cloudevents':
      return {
        contentType: 'application/x-ndjson; charset=utf-8',
        fileExtension: 'ndjson',
        header: '',
        line: (_json, record) => `${JSON.stringify(toCloudEvent(record, cloudEventsTypePrefix))}\n`,
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
