/**
 * A record's strong ETag: its `hash` (SHA-256 of its content), quoted. Records are immutable, so
 * the hash names one representation forever. `json` is the record as served (wire order, docs/
 * INTEGRITY.md), which ends with its hash member; undefined when it does not.
 */
export function recordEtag(json: string): string | undefined {
  const tail = /"hash":"([0-9a-f]{64})"\}$/.exec(json.slice(-76));
  return tail ? `"${tail[1]}"` : undefined;
}

/** Whether an If-None-Match header (RFC 9110 §13.1.2: `*` or a list of entity tags, weak ones compared weakly) matches `etag`. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate === etag || candidate === `W/${etag}`;
  });
}
