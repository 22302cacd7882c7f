import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Bytes of JS heap in use right after a full collection: what is still reachable. For tests that
 * a long-running loop (a subscription, a catch-up) does not keep what it has already handed over.
 */
export function heapUsedAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}
