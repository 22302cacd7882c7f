/** The parts of a V8 .cpuprofile (node --cpu-prof) the summary reads. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

export interface CpuShare {
  name: string;
  /** Percent of all samples. */
  percent: number;
}

/** Where a frame's code lives: an npm package, our code, Node's internals, or V8's pseudo-frames. */
function placeOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /dist\/((?:apps|libs)\/[^/]+)/.exec(url);
  if (ours) return ours[1]!;
  return url.startsWith('node:') ? 'node:internal' : url;
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(node_modules|dist)\//, '').replace(/^file:\/\//, '');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

/**
 * Summarizes a CPU profile: self time by place (package / our lib or app / node internals /
 * GC, idle), self time by function, and inclusive time by function (a function counted once
 * per sample however deep it recurses). Percentages of all samples; the top `limit` of each.
 */
export function summarizeCpuProfile(profile: CpuProfile, limit = 20): { byPlace: CpuShare[]; selfByFunction: CpuShare[]; inclusiveByFunction: CpuShare[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const place = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, hits: number) => map.set(key, (map.get(key) ?? 0) + hits);

  const walk = (node: ProfileNode, onStack: ReadonlySet<string>): number => {
    const name = frameName(node);
    const nextStack = onStack.has(name) ? onStack : new Set([...onStack, name]);
    let hits = node.hitCount ?? 0;
    add(place, placeOf(node.callFrame.url, node.callFrame.functionName), hits);
    add(self, name, hits);
    for (const child of node.children ?? []) hits += walk(byId.get(child)!, nextStack);
    if (!onStack.has(name)) add(inclusive, name, hits);
    return hits;
  };
  walk(profile.nodes[0]!, new Set());

  const top = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, hits]) => ({ name, percent: (100 * hits) / total }));
  return { byPlace: top(place), selfByFunction: top(self), inclusiveByFunction: top(inclusive) };
}
