/** Filters of GET /v1/validations (all optional, combinable). Dates are RFC 3339, on the record's createdAt. */
export interface ValidationListFilter {
  /** createdAt ≥ startDate. */
  startDate?: string;
  /** createdAt < endDate. */
  endDate?: string;
  /** The decision: ALLOW, DENY or REVIEW. */
  result?: string;
  accountId?: string;
  segmentId?: string;
  portfolioId?: string;
  transactionType?: string;
  /** One of the rule ids the validator said it matched. */
  matchedRuleId?: string;
  /** 1..1000. */
  limit: number;
  sortOrder: 'ASC' | 'DESC';
  cursor?: string;
}

/** A page of validations: the ledger sequences of their records, in the listing's order. */
export interface ValidationPage {
  sequences: number[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** Equality filters answered from a column of the validations table, most selective first (the index a combination uses). */
export const VALIDATION_FILTERS = [
  ['accountId', 'account_id'],
  ['portfolioId', 'portfolio_id'],
  ['segmentId', 'segment_id'],
  ['transactionType', 'transaction_type'],
  ['result', 'result'],
] as const satisfies readonly (readonly [keyof ValidationListFilter, string])[];
