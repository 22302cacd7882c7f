import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestRejectedError } from '#ledger-domain';

/** Path parameter `{id}` of a rule or limit: 1 to 256 characters, as resourceId is. */
@Injectable()
export class ResourceIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || value.length === 0 || value.length > 256) {
      throw new RequestRejectedError([{ path: 'id', message: 'id must be 1 to 256 characters' }]);
    }
    return value;
  }
}
