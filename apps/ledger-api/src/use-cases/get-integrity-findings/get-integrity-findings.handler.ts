import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { IntegrityFindings } from '#read-models';
import { formatFindingCursor } from './finding-cursor.js';
import { GetIntegrityFindingsQuery, type IntegrityFindingsPage } from './get-integrity-findings.query.js';

@QueryHandler(GetIntegrityFindingsQuery)
export class GetIntegrityFindingsHandler implements IQueryHandler<GetIntegrityFindingsQuery> {
  constructor(private readonly findings: IntegrityFindings) {}

  async execute(query: GetIntegrityFindingsQuery): Promise<IntegrityFindingsPage> {
    const { openFindings, byKind } = this.findings.summary(query.ledgerId);
    // One more than the page tells whether another page follows.
    const found = this.findings.list(query.ledgerId, { limit: query.limit + 1, after: query.after, open: query.openOnly });
    const findings = found.slice(0, query.limit);
    const last = findings[findings.length - 1];
    const nextCursor = found.length > query.limit && last ? formatFindingCursor(last) : null;
    return { ledgerId: query.ledgerId, openFindings, byKind, findings, nextCursor };
  }
}
