/** A command line the CLI cannot run: printed with the command's usage, exit status 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}
