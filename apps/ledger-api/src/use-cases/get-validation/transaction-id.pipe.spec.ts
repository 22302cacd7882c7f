import { RequestRejectedError } from '#ledger-domain';
import { TransactionIdPipe } from './transaction-id.pipe.js';

describe('TransactionIdPipe', () => {
  const pipe = new TransactionIdPipe();

  it('passes ids of 1 to 256 characters through unchanged', () => {
    for (const id of ['t', 'tx 東京/1', 't'.repeat(256)]) expect(pipe.transform(id)).toBe(id);
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['longer than 256 characters', 't'.repeat(257)],
    ['not a string', ['tx-1']],
  ])('refuses an id that is %s, naming transactionId', (_case, id) => {
    expect(() => pipe.transform(id)).toThrow(RequestRejectedError);
    expect(() => pipe.transform(id)).toThrow(/^transactionId: transactionId must be 1 to 256 characters$/);
  });
});
