import type { ResourceLimits } from 'node:worker_threads';

/**
 * The heap bound of the read-model worker threads (the projector, the scrubber). Their live set is
 * small: a projector catching up on 100,000 events holds 10–30 MB, one batch of parsed events and
 * its statements, and runs as fast at a 64 MB bound as unbounded. Unbounded, V8 sizes the old
 * generation from the machine's memory and lets garbage pile up long before collecting it. A worker
 * that still ran out would exit and be restarted from its checkpoint.
 */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 128 };
