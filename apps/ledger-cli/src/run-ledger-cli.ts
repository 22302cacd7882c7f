import type { CliCommand } from './cli-command.js';
import { EXIT_STATUS, processIo, type CliIo } from './cli-io.js';
import { LEDGER_COMMANDS } from './ledger-commands.js';
import { readPackageVersion } from './package-version.js';

const HELP_FLAGS = new Set(['-h', '--help']);

/**
 * The `ledger` CLI: finds the command in `commands` named by the first words of `argv` and runs
 * it with the rest. `-h`/`--help` anywhere before `--` prints the help of the command (or group,
 * or of ledger itself) on stdout, exit 0; `--version` prints the package's version. An unknown
 * command or option is named on stderr with what there is instead, exit 2.
 * @returns the exit status.
 */
export async function runLedgerCli(argv: readonly string[], io: CliIo = processIo, commands: readonly CliCommand[] = LEDGER_COMMANDS): Promise<number> {
  const [first, second] = argv;
  if (first === undefined) return usageError(io, undefined, overview(commands));
  if (HELP_FLAGS.has(first)) return printHelp(io, overview(commands));
  if (first === '--version') return printHelp(io, readPackageVersion(import.meta.url));
  if (first === 'help') return argv.length === 1 ? printHelp(io, overview(commands)) : runLedgerCli([...argv.slice(1), '--help'], io, commands);
  if (first.startsWith('-')) return usageError(io, `unknown option '${first}'`, `(ledger --help lists the commands and options)`);
  const command = findCommand(commands, argv);
  if (command) {
    const rest = argv.slice(command.words.length);
    return asksForHelp(rest) ? printHelp(io, command.help) : command.run(rest, io);
  }
  const group = commands.filter((candidate) => candidate.words.length > 1 && candidate.words[0] === first);
  if (group.length > 0) {
    if (second === undefined) return usageError(io, undefined, groupHelp(first, group));
    if (HELP_FLAGS.has(second)) return printHelp(io, groupHelp(first, group));
    return usageError(io, `unknown command '${first} ${second}' (${first} has: ${group.map((c) => c.words.slice(1).join(' ')).join(', ')})`, `(ledger ${first} --help lists them)`);
  }
  return usageError(io, `unknown command '${first}' (commands: ${commandNames(commands)})`, '(ledger --help explains each)');
}

/** The command whose words are the longest prefix of argv. */
function findCommand(commands: readonly CliCommand[], argv: readonly string[]): CliCommand | undefined {
  const matching = commands.filter((command) => command.words.every((word, i) => argv[i] === word));
  return matching.sort((a, b) => b.words.length - a.words.length)[0];
}

/** A help flag before `--` (after it, everything is an argument). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => HELP_FLAGS.has(arg));
}

function printHelp(io: CliIo, text: string): number {
  io.stdout.write(`${text}\n`);
  return 0;
}

function usageError(io: CliIo, message: string | undefined, help: string): number {
  io.stderr.write(message === undefined ? `${help}\n` : `ledger: ${message}\n${help}\n`);
  return EXIT_STATUS.usageOrIoError;
}

function commandNames(commands: readonly CliCommand[]): string {
  return commands.map((command) => command.words.join(' ')).join(', ');
}

/** Commands and their summaries, aligned; a summary's further lines stay under its first. */
function commandList(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.words.join(' ').length)) + 2;
  return commands
    .map((command) => {
      const [line, ...more] = command.summary.split('\n');
      return [`  ${command.words.join(' ').padEnd(width)}${line}`, ...more.map((text) => `  ${' '.repeat(width)}${text}`)].join('\n');
    })
    .join('\n');
}

function overview(commands: readonly CliCommand[]): string {
  return `usage: ledger <command> [options]        (in a checkout: npm run ledger -- <command> [options])

commands:
${commandList(commands)}

options:
  -h, --help   this help; ledger <command> --help explains a command and its options
  --version    the version of the CLI

exit status: 0 done (verified), 1 not verified (the reason is printed), 2 usage, configuration or
I/O error. export, verify and tlog need a key with the audit:read scope; projections rebuild uses
the service's configuration (LEDGER_DATA_DIR, LEDGER_STORE, EVENTSTORE_CONNECTION_STRING).`;
}

function groupHelp(group: string, commands: readonly CliCommand[]): string {
  return `usage: ledger ${group} <command> [options]

commands:
${commandList(commands)}

(ledger ${group} <command> --help explains one)`;
}
