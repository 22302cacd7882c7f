import { validateSync, type ValidationError } from 'class-validator';
import { compileAcceptance } from '../../platform/http-platform/validation/compiled-acceptance.js';
import { AuditActorDto } from './audit-actor.dto.js';
import { RecordAuditEventRequestDto } from './record-audit-event.request.dto.js';

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true } as const;
/** The same decorators, compiled: most events pass, and for those class-validator's executor is skipped. */
const accepts = compileAcceptance(RecordAuditEventRequestDto, OPTIONS);

/**
 * The event as its DTO, validated with class-validator. Instances are made shallowly (the actor is
 * the only nested DTO): a deep class-transformer copy of context and metadata cost more than the
 * validation itself, and they are free-form JSON the domain checks anyway. An event the compiled
 * acceptance passes is one class-validator would pass (audit-event-dto.spec.ts); any other is
 * checked by class-validator itself, whose errors are the answer.
 */
export function validateAuditEventDto(raw: Record<string, unknown>): { dto: RecordAuditEventRequestDto; errors: ValidationError[] } {
  const dto = Object.assign(new RecordAuditEventRequestDto(), raw);
  const actor = raw['actor'];
  if (typeof actor === 'object' && actor !== null && !Array.isArray(actor)) dto.actor = Object.assign(new AuditActorDto(), actor);
  return { dto, errors: accepts(dto) ? [] : validateSync(dto, OPTIONS) };
}
