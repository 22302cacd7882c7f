/** What an event type the ledger writes itself fixes (like a known type's rules; see KNOWN_EVENT_TYPES). */
export interface LedgerEventType {
  resourceType: 'ledger';
  action: 'ACKNOWLEDGE_GAP';
  results: readonly string[];
  /** Members of `context` that are JSON objects. */
  requiredContext: readonly string[];
}

/**
 * Event types only the ledger writes — never a client: a request that names one is refused (400),
 * so no emitter can forge them. Their strings are part of the wire contract: never rename one.
 * - LEDGER_GAP_ACKNOWLEDGED: sequences the ledger had acknowledged were lost from the log (a
 *   restored older backup, a cut tail) and an operator accepted the loss (`ledger recover
 *   --accept-loss`); one record stands at each lost sequence, so none is ever handed out again.
 */
export const LEDGER_EVENT_TYPES = {
  LEDGER_GAP_ACKNOWLEDGED: { resourceType: 'ledger', action: 'ACKNOWLEDGE_GAP', results: ['ACKNOWLEDGED'], requiredContext: ['gap'] },
} as const satisfies Record<string, LedgerEventType>;

export type LedgerEventTypeName = keyof typeof LEDGER_EVENT_TYPES;

/** True for a type only the ledger writes (including a client's attempt to send one). */
export function isLedgerEventType(eventType: string): eventType is LedgerEventTypeName {
  return Object.hasOwn(LEDGER_EVENT_TYPES, eventType);
}
