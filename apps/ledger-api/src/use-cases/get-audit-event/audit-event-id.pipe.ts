import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestRejectedError } from '#ledger-domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path parameter `{eventId}`: a UUID (lower-cased), else 400 naming `eventId`. */
@Injectable()
export class AuditEventIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new RequestRejectedError([{ path: 'eventId', message: 'eventId must be a UUID' }]);
    }
    return value.toLowerCase();
  }
}
