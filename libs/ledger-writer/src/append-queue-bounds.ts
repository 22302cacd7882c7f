/**
 * The service's bounds of a ledger's append queue: events per group commit (one store
 * transaction), and how often a group is re-planned after another writer moved the tail before
 * the append is answered 503. One definition for the service's LedgerWriter and the bench's
 * in-process write-core line, so that the bench measures the queue as the service runs it.
 */
export const APPEND_QUEUE_BOUNDS = { maxEventsPerCommit: 5_000, maxAttempts: 20 } as const;
