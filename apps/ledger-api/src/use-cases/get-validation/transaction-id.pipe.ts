import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestRejectedError } from '#ledger-domain';

/** Path parameter `{transactionId}`: 1 to 256 characters, as the validation's resourceId is. */
@Injectable()
export class TransactionIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || value.length === 0 || value.length > 256) {
      throw new RequestRejectedError([{ path: 'transactionId', message: 'transactionId must be 1 to 256 characters' }]);
    }
    return value;
  }
}
