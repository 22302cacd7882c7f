import { Query } from '@nestjs/cqrs';
import type { LimitView, RuleView } from '#ledger-domain';
import type { ValidationView } from '#read-models';
import type { MatchedRuleCheck } from './matched-rule-check.js';

/** The evidence behind a validation: the rules and limits as the ledger held them right before it. */
export interface ValidationContextAnswer {
  /** The latest validation of the transaction. */
  validation: ValidationView;
  /** The rules and limits are as they stood right after this sequence (the one before the validation). */
  asOfSequence: number;
  /** Every rule the ledger had created by then, by id, whatever its status. */
  rules: RuleView[];
  limits: LimitView[];
  activeRuleIds: string[];
  activeLimitIds: string[];
  /** The validator's matched rule ids, checked against `rules`. */
  matchedRules: MatchedRuleCheck[];
}

/** What a transaction's latest validation was decided against, in the caller's ledger. */
export class GetValidationContextQuery extends Query<ValidationContextAnswer> {
  constructor(
    readonly ledgerId: string,
    readonly transactionId: string,
  ) {
    super();
  }
}
