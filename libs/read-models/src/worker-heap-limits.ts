import type { ResourceLimits } from 'node:worker_threads';

/**
 * The heap bound of the read-model worker threads (the projector, the scrubber). Unbounded, V8
 * sized the projector's old generation from the machine's memory and, under a sustained fill, let
 * it grow to ~2 GB of garbage before collecting it (RSS 2.4 GB after a 1,000,000-event fill,
 * 435 MB once idle). Its live set is small (a 100,000-event catch-up ends with 9 MB in use), but a
 * batch in flight peaks near 150 MB: at a 160 MB bound it collected so often that it fell behind
 * a 300,000-event fill (caught up 8 s after it instead of 1.3 s). 384 MB keeps the catch-up of the
 * unbounded worker (1.3 s) with RSS peaking at 725 MB. A worker that still ran out would exit and
 * be restarted from its checkpoint.
 */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 384 };
