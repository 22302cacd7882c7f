import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { KNOWN_EVENT_TYPES } from '#ledger-domain';
import { AuditRecordResponseDto } from '../record-audit-event/audit-record.response.dto.js';

/** One TRANSACTION_VALIDATED record and the facts read from it (ValidationView). */
@ApiSchema({ name: 'Validation' })
export class ValidationResponseDto {
  @ApiProperty({ description: 'The validation event’s resourceId', example: 'tx-1001' })
  transactionId!: string;

  @ApiProperty({ enum: KNOWN_EVENT_TYPES.TRANSACTION_VALIDATED.results, description: 'The record’s result', example: 'ALLOW' })
  decision!: string;

  @ApiPropertyOptional({ example: 'acc-1' })
  accountId?: string;

  @ApiPropertyOptional()
  segmentId?: string;

  @ApiPropertyOptional()
  portfolioId?: string;

  @ApiPropertyOptional({ example: 'PIX' })
  transactionType?: string;

  @ApiProperty({ type: 'string', isArray: true, description: 'The rule ids the validator said it matched, each once, in its order', example: ['rule-7'] })
  matchedRuleIds!: string[];

  @ApiPropertyOptional({ description: 'As the emitter wrote it (a decimal string)', example: '12000.00' })
  amount?: string;

  @ApiPropertyOptional({ example: 'BRL' })
  currency?: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 2 })
  sequence!: number;

  @ApiProperty({ format: 'uuid', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d03' })
  eventId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T10:06:00.000Z' })
  createdAt!: string;

  @ApiProperty({ type: () => AuditRecordResponseDto })
  auditEvent!: AuditRecordResponseDto;
}
