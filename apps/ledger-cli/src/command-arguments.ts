import { parseArgs } from 'node:util';
import { CliUsageError } from './rebuild-projections.command.js';

/**
 * The values of `--name <value>` options (node:util parseArgs, strict: no positionals, no unknown
 * option). Options in `required` must be given and non-empty.
 * @throws CliUsageError naming the option that is unknown, missing or without a value.
 */
export function parseCommandOptions<Name extends string, Required extends Name>(
  args: readonly string[],
  options: Record<Name, { type: 'string' }>,
  required: readonly Required[],
): Partial<Record<Name, string>> & Record<Required, string> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  for (const name of required) {
    if (typeof values[name] !== 'string' || values[name] === '') throw new CliUsageError(`--${name} is required`);
  }
  return values as Partial<Record<Name, string>> & Record<Required, string>;
}
