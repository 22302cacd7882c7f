/** Answer of GET /v1/audit-events/{eventId}/verify. */
export interface AuditEventVerification {
  isValid: boolean;
  eventId: string;
  sequence: number;
  hashValid: boolean;
  previousLinkValid: boolean;
  nextLinkValid: boolean;
  message: string;
}
