import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-usage-error.js';

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
    throw toUsageError(error, Object.keys(options));
  }
  for (const name of required) {
    if (typeof values[name] !== 'string' || values[name] === '') throw new CliUsageError(`--${name} is required`);
  }
  return values as Partial<Record<Name, string>> & Record<Required, string>;
}

/**
 * The words a command takes after its name and no option (`projections rebuild [name ...]`).
 * @throws CliUsageError for any option.
 */
export function parseCommandWords(args: readonly string[]): string[] {
  try {
    return parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: true }).positionals;
  } catch (error) {
    throw toUsageError(error, []);
  }
}

/** parseArgs' error as one short line: its own messages explain `--` escapes nobody needs here. */
function toUsageError(error: unknown, known: readonly string[]): CliUsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const option = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return new CliUsageError(`unknown option '${option}'${known.length > 0 ? ` (known: ${known.map((name) => `--${name}`).join(', ')})` : ' (it takes none)'}`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && option) return new CliUsageError(`unexpected argument '${option}'`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.split(' ')[0]!;
    return new CliUsageError(/ambiguous/.test(message) ? `${name} needs a value (to give one that starts with '-', write ${name}=<value>)` : `${name} needs a value`);
  }
  return new CliUsageError(message);
}
