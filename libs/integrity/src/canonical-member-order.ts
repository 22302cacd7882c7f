import { quoteJsonString } from './json-string.js';

/** An object's member names in RFC 8785 order, each with the text written before its value. */
export interface MemberOrder {
  readonly names: readonly string[];
  /** `{"name":` for the first member, `,"name":` for the others. */
  readonly heads: readonly string[];
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  order: MemberOrder | undefined;
}

/** Bound on cached shapes (trie nodes): records repeat a few shapes; free-form metadata must not grow memory. */
const MAX_NODES = 20_000;
const root: TrieNode = { next: new Map(), order: undefined };
let nodes = 0;

/**
 * The RFC 8785 §3.2.3 order of an object's members, given its names in enumeration order
 * (Object.keys). Sorting and quoting names is most of the cost of canonicalizing a record, and
 * records share a handful of shapes, so orders are cached in a trie keyed by the names as
 * enumerated. Returns undefined when a name holds a lone surrogate.
 */
export function memberOrder(names: readonly string[]): MemberOrder | undefined {
  let node = root;
  for (let i = 0; i < names.length; i++) {
    let child = node.next.get(names[i]!);
    if (child === undefined) {
      if (nodes >= MAX_NODES) return sortNames(names);
      child = { next: new Map(), order: undefined };
      node.next.set(names[i]!, child);
      nodes++;
    }
    node = child;
  }
  return node.order ?? (node.order = sortNames(names));
}

function sortNames(names: readonly string[]): MemberOrder | undefined {
  // The default sort compares UTF-16 code units, which is exactly RFC 8785's order (not locale, not code points).
  const sorted = [...names].sort();
  const heads: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const quoted = quoteJsonString(sorted[i]!);
    if (quoted === undefined) return undefined;
    heads.push((i === 0 ? '{' : ',') + quoted + ':');
  }
  return { names: sorted, heads };
}
