import { Query } from '@nestjs/cqrs';
import type { ValidationListFilter, ValidationView } from '#read-models';

export interface ValidationListAnswer {
  validations: ValidationView[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** A page of the caller's transaction validations, filtered, in sequence order. */
export class ListValidationsQuery extends Query<ValidationListAnswer> {
  constructor(
    readonly ledgerId: string,
    readonly filter: ValidationListFilter,
  ) {
    super();
  }
}
