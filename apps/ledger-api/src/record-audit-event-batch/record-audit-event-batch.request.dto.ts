import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { RecordAuditEventRequestDto } from '../record-audit-event/record-audit-event.request.dto.js';

export const MAX_BATCH_EVENTS = 1000;

/** Up to 1000 events stored atomically with contiguous sequences. */
export class RecordAuditEventBatchRequestDto {
  @ApiProperty({ type: () => [RecordAuditEventRequestDto], minItems: 1, maxItems: MAX_BATCH_EVENTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_EVENTS, { message: `events must contain at most ${MAX_BATCH_EVENTS} events` })
  @ValidateNested({ each: true })
  @Type(() => RecordAuditEventRequestDto)
  events!: RecordAuditEventRequestDto[];
}
