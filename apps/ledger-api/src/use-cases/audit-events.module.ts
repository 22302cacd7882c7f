import { Module } from '@nestjs/common';
import { LedgerWriterModule } from '../platform/ledger-writer/ledger-writer.module.js';
import { StorageModule } from '../platform/storage/storage.module.js';
import { RecordAuditEventBatchHandler } from './record-audit-event-batch/record-audit-event-batch.handler.js';
import { RecordAuditEventBatchHttpController } from './record-audit-event-batch/record-audit-event-batch.http.controller.js';
import { RecordAuditEventHandler } from './record-audit-event/record-audit-event.handler.js';
import { RecordAuditEventHttpController } from './record-audit-event/record-audit-event.http.controller.js';
import { ListAuditEventsHandler } from './list-audit-events/list-audit-events.handler.js';
import { ListAuditEventsHttpController } from './list-audit-events/list-audit-events.http.controller.js';
import { VerifyAuditEventHandler } from './verify-audit-event/verify-audit-event.handler.js';
import { VerifyAuditEventHttpController } from './verify-audit-event/verify-audit-event.http.controller.js';
import { OpenEventStreams } from './stream-audit-events/open-event-streams.js';
import { StreamAuditEventsHttpController } from './stream-audit-events/stream-audit-events.http.controller.js';
import { GetAuditEventHandler } from './get-audit-event/get-audit-event.handler.js';
import { GetAuditEventHttpController } from './get-audit-event/get-audit-event.http.controller.js';

/** Appending, reading, listing and verifying audit events. Controllers in route order. */
export const AUDIT_EVENTS_CONTROLLERS = [
  // Batch before the `:eventId` routes so /batch is never read as an id.
  RecordAuditEventBatchHttpController,
  RecordAuditEventHttpController,
  ListAuditEventsHttpController,
  // Before the `:eventId` routes, as /batch.
  StreamAuditEventsHttpController,
  VerifyAuditEventHttpController,
  GetAuditEventHttpController,
];

export const AUDIT_EVENTS_HANDLERS = [RecordAuditEventBatchHandler, RecordAuditEventHandler, ListAuditEventsHandler, VerifyAuditEventHandler, GetAuditEventHandler];

@Module({
  imports: [StorageModule, LedgerWriterModule],
  controllers: AUDIT_EVENTS_CONTROLLERS,
  providers: [...AUDIT_EVENTS_HANDLERS, OpenEventStreams],
})
export class AuditEventsModule {}
