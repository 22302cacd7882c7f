import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { AuditActorResponseDto } from './audit-actor.response.dto.js';

const HEX_SHA256 = '^[0-9a-f]{64}$';
/** createdAt: RFC 3339 UTC with milliseconds, as the ledger writes it. */
const LEDGER_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$';

/**
 * A stored audit event, wire contract v1 (docs/INTEGRITY.md): every member, in the order GET
 * serves them. Optional members are omitted when absent, never null. Documentation only: handlers
 * send the record's stored JSON as it is.
 */
@ApiSchema({ name: 'AuditRecord', description: 'A stored audit event (wire contract v1, docs/INTEGRITY.md); `hash` covers every other member' })
export class AuditRecordResponseDto {
  @ApiProperty({ format: 'uuid', description: 'UUID v7, assigned by the ledger', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01' })
  eventId!: string;

  @ApiProperty({ description: 'The ledger (one hash chain per ledger): the API key’s', example: 'default' })
  ledgerId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: '1, 2, 3… per ledger, no gaps', example: 1 })
  sequence!: number;

  @ApiProperty({ pattern: '^[A-Z][A-Z0-9_]{2,63}$', description: 'A known type (RULE_CREATED, TRANSACTION_VALIDATED, …) or a custom one', example: 'RULE_CREATED' })
  eventType!: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'Drata-style category (custom types)', example: 'COMPANY' })
  category?: string;

  @ApiPropertyOptional({ maxLength: 128, description: 'The emitting system (custom types)', example: 'APP' })
  source?: string;

  @ApiProperty({ maxLength: 64, description: '`transaction`, `rule`, `limit` for known types', example: 'rule' })
  resourceType!: string;

  @ApiProperty({ maxLength: 256, example: 'rule-7' })
  resourceId!: string;

  @ApiProperty({ maxLength: 64, description: '`VALIDATE`, `CREATE`, `UPDATE`, `ACTIVATE`, `DEACTIVATE`, `DELETE` for known types', example: 'CREATE' })
  action!: string;

  @ApiProperty({ maxLength: 32, description: '`ALLOW`/`DENY`/`REVIEW` for validations, `SUCCESS`/`FAILED` for other known types, free text for custom ones', example: 'SUCCESS' })
  result!: string;

  @ApiPropertyOptional({ maxLength: 4096 })
  description?: string;

  @ApiProperty({ type: () => AuditActorResponseDto })
  actor!: AuditActorResponseDto;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s evidence (`before`/`after`, `request`/`response`)', example: { after: { name: 'High value', expression: 'amount > 10000', action: 'REVIEW' } } })
  context!: Record<string, unknown>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Free-form; `{}` when the emitter sent none. `ledgerFlags` is the ledger’s own (e.g. `ledgerFlags.beforeImageMismatch.paths`)',
    example: { ticket: 'RISK-12' },
  })
  metadata!: Record<string, unknown>;

  @ApiPropertyOptional({ format: 'date-time', description: 'The emitter’s time, RFC 3339', example: '2026-11-22T10:00:00.000Z' })
  occurredAt?: string;

  @ApiProperty({ format: 'date-time', pattern: LEDGER_TIME, description: 'The ledger’s time, RFC 3339 UTC with milliseconds; never decreases along a chain', example: '2026-11-22T10:00:00.123Z' })
  createdAt!: string;

  @ApiProperty({ pattern: HEX_SHA256, description: '`hash` of sequence − 1 in the same ledger; 64 zeros for sequence 1', example: '0'.repeat(64) })
  previousHash!: string;

  @ApiProperty({ pattern: HEX_SHA256, description: 'Lowercase hex SHA-256 of the RFC 8785 serialization of the record without `hash`', example: '9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' })
  hash!: string;
}
