/**
 * The variables Kubernetes injects for every Service in the namespace (`<NAME>_SERVICE_HOST`,
 * `<NAME>_SERVICE_PORT[_<port name>]`, `<NAME>_PORT[_<n>_<PROTO>[_PROTO|_PORT|_ADDR]]`): a Service
 * named `ledger-api` makes LEDGER_API_SERVICE_HOST appear in every pod. They are never ours.
 */
const SERVICE_LINK = /_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?)$/;

export function isKubernetesServiceLink(name: string, value: string | undefined): boolean {
  if (!SERVICE_LINK.test(name)) return false;
  // Only the shapes Kubernetes writes: a host, a port number, or a tcp://host:port address.
  return value === undefined || /^(\d{1,5}|[0-9a-fA-F.:]+|[a-z]+:\/\/[0-9a-fA-F.:[\]]+:\d{1,5}|TCP|UDP|SCTP|tcp|udp|sctp)$/.test(value);
}

/** The known name an unknown one most likely meant (at most 2 edits away), if any. */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
