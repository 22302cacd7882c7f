import { Query } from '@nestjs/cqrs';
import type { ValidationView } from '#read-models';

/** The latest validation of a transaction, and how often the ledger recorded one. */
export type ValidationAnswer = Omit<ValidationView, 'auditEvent'> & {
  /** Every validation of the transaction in the ledger, this one included. */
  validationCount: number;
  /** The sequences of the others, oldest first. */
  earlierSequences: number[];
  auditEvent: ValidationView['auditEvent'];
};

/** The latest validation of a transaction in the caller's ledger. */
export class GetValidationQuery extends Query<ValidationAnswer> {
  constructor(
    readonly ledgerId: string,
    readonly transactionId: string,
  ) {
    super();
  }
}
