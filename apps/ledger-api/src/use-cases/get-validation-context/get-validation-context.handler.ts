import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationNotFoundError, type LifecycleState, type LimitView, type RuleView } from '#ledger-domain';
import { ReadModels, validationViews } from '#read-models';
import { lifecycleResourceView } from '../lifecycle-resources/lifecycle-resource-view.js';
import { GetValidationContextQuery, type ValidationContextAnswer } from './get-validation-context.query.js';
import { checkMatchedRules } from './matched-rule-check.js';

/**
 * The latest validation from ValidationIndex, and every rule and limit folded by ResourceLifecycles
 * to the sequence right before it: what the ledger says held when the decision was made, not now.
 */
@QueryHandler(GetValidationContextQuery)
export class GetValidationContextHandler implements IQueryHandler<GetValidationContextQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: GetValidationContextQuery): Promise<ValidationContextAnswer> {
    const { ledgerId, transactionId } = query;
    const latest = this.readModels.validations.sequencesOf(ledgerId, transactionId).at(-1);
    if (latest === undefined) throw new ValidationNotFoundError(transactionId);
    const [validation] = validationViews(this.readModels.auditEvents, ledgerId, [latest]);
    const asOfSequence = latest - 1;
    const rules = this.readModels.lifecycles.allAt(ledgerId, 'rule', asOfSequence);
    const limits = this.readModels.lifecycles.allAt(ledgerId, 'limit', asOfSequence);
    return {
      validation: validation!,
      asOfSequence,
      rules: rules.map(lifecycleResourceView) as RuleView[],
      limits: limits.map(lifecycleResourceView) as LimitView[],
      activeRuleIds: activeIds(rules),
      activeLimitIds: activeIds(limits),
      matchedRules: checkMatchedRules(validation!.matchedRuleIds, rules),
    };
  }
}

function activeIds(states: readonly LifecycleState[]): string[] {
  return states.filter((state) => state.status === 'ACTIVE').map((state) => state.resourceId);
}
