/**
 * The ids a `scopes` attribute names, for indexing rules and limits by scope: each string
 * element, and for each object element every string member named `id` or ending in `Id`
 * (`portfolioId`, `segmentId`). Sorted, without duplicates; `[]` when scopes is not an array.
 */
export function scopeIdsOf(scopes: unknown): string[] {
  if (!Array.isArray(scopes)) return [];
  const ids = new Set<string>();
  for (const scope of scopes) {
    if (typeof scope === 'string') ids.add(scope);
    else if (typeof scope === 'object' && scope !== null && !Array.isArray(scope)) {
      for (const [member, value] of Object.entries(scope)) if ((member === 'id' || member.endsWith('Id')) && typeof value === 'string') ids.add(value);
    }
  }
  return [...ids].sort();
}
