/**
 * Checks that a table name can be spliced into SQL (projections take their table names as
 * options, so that a rebuild can fill a second set of tables beside the live one).
 * @throws RangeError unless it is lowercase letters, digits and `_`, not starting with a digit.
 */
export function sqlTableName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new RangeError(`not a table name: ${JSON.stringify(name)}`);
  return name;
}
