import { lifecycleOf, RequestRejectedError, type AuditEventInput, type Violation } from '#ledger-domain';

/** A request event: the record's members, and optionally the version its rule or limit is expected at. */
export type AuditEventCommandInput = AuditEventInput & { expectedVersion?: number };

/**
 * Separates `expectedVersion` (a precondition of the command, not a member of the record) from
 * the event. It only applies to rule and limit events; class-validator has checked its type.
 * @throws RequestRejectedError when it is given for another event type.
 */
export function takeExpectedVersion(input: AuditEventCommandInput): { event: AuditEventInput; expectedVersion?: number } {
  // Most events carry none: hand the input on as it is (no copy on the append path).
  if (input.expectedVersion === undefined) return { event: input };
  const { expectedVersion, ...event } = input;
  if (lifecycleOf(String(event.eventType)) === undefined) {
    const violation: Violation = { path: 'expectedVersion', message: 'expectedVersion applies to rule and limit events only' };
    throw new RequestRejectedError([violation]);
  }
  return { event, expectedVersion };
}
