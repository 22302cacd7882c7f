/**
 * How the service's scrubber walks: 1,000 records a piece, then a pause three times as long as
 * the piece took, so a walk takes at most a quarter of one core. The bench measures appends with
 * a scrubber at exactly this pace.
 */
export const SERVICE_SCRUB_PACING = { pieceSize: 1000, pauseFactor: 3 } as const;
