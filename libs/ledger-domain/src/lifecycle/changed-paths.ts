import { jsonDifferences } from './json-differences.js';
import { jsonLeafPaths } from './json-leaf-paths.js';
import type { LifecycleState } from './lifecycle-state.js';

/**
 * What an event changed, as resource-relative paths (`status`, `name`, `scopes[1].portfolioId`),
 * given the states before and after it (two states of one resource, e.g. around evolveLifecycle):
 * `status` when the status changed, and every attribute path where the attributes differ (the
 * walk of gap detection: a member on one side only is one path). When one side has no attributes
 * (a CREATE), every leaf path of the other side. Sorted, without duplicates.
 */
export function changedPaths(before: LifecycleState, after: LifecycleState): string[] {
  const paths = new Set<string>();
  if (before.status !== after.status) paths.add('status');
  const attributePaths =
    before.attributes === undefined || after.attributes === undefined
      ? jsonLeafPaths(before.attributes ?? after.attributes, '')
      : jsonDifferences(before.attributes, after.attributes, '').map((difference) => difference.path);
  for (const path of attributePaths) paths.add(path);
  return [...paths].sort();
}
