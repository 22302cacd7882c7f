import { NoteKeyError } from '#integrity';
import { EXIT_STATUS, type CliIo } from './cli-io.js';
import { CliUsageError } from './cli-usage-error.js';

/**
 * Reports an error that stopped a command before it reached a verdict, and returns exit status 2:
 * a bad command line (with the command's usage and where its help is), a verifier key that is not one, a file or network
 * error. Never prints a stack trace.
 */
export function reportCommandFailure(error: unknown, io: CliIo, command: string, usage: string): number {
  // Not `instanceof Error`: errors from Node's core may come from another realm (as under jest's VM).
  const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  if (error instanceof CliUsageError) io.stderr.write(`ledger ${command}: ${message}\n\n${usage}\n(ledger ${command} --help explains every option)\n`);
  else if (error instanceof NoteKeyError) io.stderr.write(`ledger ${command}: --verifier-key: ${message}\n`);
  else io.stderr.write(`ledger ${command}: ${message}\n`);
  return EXIT_STATUS.usageOrIoError;
}
