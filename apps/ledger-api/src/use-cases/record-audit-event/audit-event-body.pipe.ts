import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestRejectedError, type AuditEventInput } from '#ledger-domain';
import { validationViolations } from '../../platform/problem-details/validation-exception.factory.js';
import { validateAuditEventDto } from './audit-event-dto.js';

/** Validates a single-event body against its DTO (class-validator), without a deep copy. */
@Injectable()
export class AuditEventBodyPipe implements PipeTransform<unknown, AuditEventInput> {
  transform(body: unknown): AuditEventInput {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new RequestRejectedError([{ path: '$', message: 'the body must be a JSON object (one audit event)' }]);
    }
    const { dto, errors } = validateAuditEventDto(body as Record<string, unknown>);
    if (errors.length > 0) throw new RequestRejectedError(validationViolations(errors));
    return dto;
  }
}
