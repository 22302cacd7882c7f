import type { ResourceLimits } from 'node:worker_threads';

/**
 * The heap bound of the read-model worker threads (the projector, the scrubber). Their live set is
 * one page of the log and the batch being folded: tens of MB (a 100,000-event catch-up ends with
 * 9 MB in use). Without a bound, V8 sized the projector's old generation from the machine's memory
 * and, under a sustained fill, let it grow to ~2 GB of garbage before collecting it (RSS 2.4 GB
 * after a 1,000,000-event fill, 435 MB once idle). 160 MB leaves room for a rebuild's 5,000-record
 * pages; a worker that still ran out would exit and be restarted from its checkpoint.
 */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 160 };
