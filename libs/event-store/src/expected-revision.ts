/** Append only if the stream does not exist yet. */
export const NO_STREAM = 'no_stream' as const;
/** Append only if the stream already has at least one event. */
export const STREAM_EXISTS = 'stream_exists' as const;
/** Append whatever the stream's state. */
export const ANY = 'any' as const;

/**
 * What the writer believes the stream's tail to be, as in EventStoreDB: one of the named
 * tokens, or the 0-based revision of the stream's last event.
 */
export type ExpectedRevision = typeof NO_STREAM | typeof STREAM_EXISTS | typeof ANY | number;

/** The actual state of a stream in a conflict report: its last revision, or NO_STREAM. */
export type CurrentRevision = typeof NO_STREAM | number;
