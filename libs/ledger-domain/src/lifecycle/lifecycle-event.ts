import type { AuditRecord } from '../audit-record.js';

/** What evolveLifecycle reads of a sealed record. */
export type LifecycleEvent = Pick<
  AuditRecord,
  'eventId' | 'sequence' | 'eventType' | 'resourceType' | 'resourceId' | 'result' | 'context' | 'createdAt'
>;
