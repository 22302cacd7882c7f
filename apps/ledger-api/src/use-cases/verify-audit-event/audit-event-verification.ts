/** Answer of GET /v1/audit-events/{eventId}/verify: a superset of Lerian Tracer's {isValid, totalChecked, message, firstInvalidId}. */
export interface AuditEventVerification {
  isValid: boolean;
  /** Records of the log this call checked: the event and those of its neighbours it holds (0 when the event is not where it belongs). */
  totalChecked: number;
  /** The eventId of the first record found invalid, in chain order; absent when all are valid. */
  firstInvalidId?: string;
  eventId: string;
  sequence: number;
  hashValid: boolean;
  previousLinkValid: boolean;
  nextLinkValid: boolean;
  message: string;
}
