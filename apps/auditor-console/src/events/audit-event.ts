import type { StoredRecord } from '../verify/record-hash.js';

/** A record as the service stores and returns it (docs/INTEGRITY.md); the console reads these members. */
export interface AuditEvent extends StoredRecord {
  ledgerId: string;
  eventType: string;
  resourceType: string;
  resourceId: string;
  action: string;
  result: string;
  actor: { id: string; actorType: string; name?: string };
  createdAt: string;
}

/** GET /v1/audit-events's page. */
export interface AuditEventPage {
  auditEvents: AuditEvent[];
  hasMore: boolean;
  nextCursor: string | null;
}
