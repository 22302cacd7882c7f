import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationNotFoundError } from '#ledger-domain';
import { ReadModels, validationViews } from '#read-models';
import { GetValidationQuery, type ValidationAnswer } from './get-validation.query.js';

/** A transaction may be validated again (a retry, a review): the latest one answers, the others are counted and pointed to. */
@QueryHandler(GetValidationQuery)
export class GetValidationHandler implements IQueryHandler<GetValidationQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: GetValidationQuery): Promise<ValidationAnswer> {
    const sequences = this.readModels.validations.sequencesOf(query.ledgerId, query.transactionId);
    const latest = sequences.at(-1);
    // A transaction of another ledger is indistinguishable from an unknown one.
    if (latest === undefined) throw new ValidationNotFoundError(query.transactionId);
    const [view] = validationViews(this.readModels.auditEvents, query.ledgerId, [latest]);
    const { auditEvent, ...validation } = view!;
    // The record last: it is the long member.
    return { ...validation, validationCount: sequences.length, earlierSequences: sequences.slice(0, -1), auditEvent };
  }
}
