import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { RecordAuditEventRequestDto } from '../record-audit-event/record-audit-event.request.dto.js';

export const MAX_BATCH_EVENTS = 1000;

/**
 * Up to 1000 events stored atomically with contiguous sequences. Each event is validated by
 * validateBatchEvents (the single-append DTO, then the event-type rules) so that one 400 names
 * every bad event, not only those failing the first stage.
 */
@ApiSchema({ name: 'AuditEventBatchInput' })
export class RecordAuditEventBatchRequestDto {
  @ApiProperty({ type: () => [RecordAuditEventRequestDto], minItems: 1, maxItems: MAX_BATCH_EVENTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_EVENTS, { message: `events must contain at most ${MAX_BATCH_EVENTS} events` })
  events!: unknown[];
}
