import { validateSync, type ValidationError } from 'class-validator';
import { AuditActorDto } from './audit-actor.dto.js';
import { RecordAuditEventRequestDto } from './record-audit-event.request.dto.js';

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true } as const;

/**
 * The event as its DTO, validated with class-validator. Instances are made shallowly (the actor is
 * the only nested DTO): a deep class-transformer copy of context and metadata cost more than the
 * validation itself, and they are free-form JSON the domain checks anyway.
 */
export function validateAuditEventDto(raw: Record<string, unknown>): { dto: RecordAuditEventRequestDto; errors: ValidationError[] } {
  const dto = Object.assign(new RecordAuditEventRequestDto(), raw);
  const actor = raw['actor'];
  if (typeof actor === 'object' && actor !== null && !Array.isArray(actor)) dto.actor = Object.assign(new AuditActorDto(), actor);
  return { dto, errors: validateSync(dto, OPTIONS) };
}
