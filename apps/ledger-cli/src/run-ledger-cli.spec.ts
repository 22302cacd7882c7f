import { readFileSync } from 'node:fs';
import { LEDGER_PROJECTION_CATALOG } from '#read-models';
import type { CliCommand } from './cli-command.js';
import { LEDGER_COMMANDS } from './ledger-commands.js';
import { runLedgerCli } from './run-ledger-cli.js';
import { recordingIo } from './testing/recording-io.js';

async function ledger(argv: string[], commands?: readonly CliCommand[]) {
  const io = recordingIo();
  const status = await runLedgerCli(argv, io, commands);
  return { status, out: io.out(), err: io.err() };
}

/** A table of two commands that record how they were run. */
function recordingTable() {
  const runs: { words: string; args: readonly string[] }[] = [];
  const command = (words: string[]): CliCommand => ({
    words,
    summary: `the ${words.join(' ')} command`,
    help: `usage: ledger ${words.join(' ')} --thing <x>`,
    run: async (args) => {
      runs.push({ words: words.join(' '), args });
      return 0;
    },
  });
  return { runs, commands: [command(['scrub']), command(['tlog', 'consistency']), command(['tlog', 'tiles'])] };
}

describe('the ledger CLI', () => {
  it('runs the command its first words name, with every argument after them', async () => {
    const { runs, commands } = recordingTable();
    await expect(ledger(['tlog', 'tiles', '--thing', 'x', 'y'], commands)).resolves.toMatchObject({ status: 0 });
    await expect(ledger(['scrub'], commands)).resolves.toMatchObject({ status: 0 });
    expect(runs).toEqual([{ words: 'tlog tiles', args: ['--thing', 'x', 'y'] }, { words: 'scrub', args: [] }]);
  });

  it.each([['--help'], ['-h'], ['help']])('%s: lists every command with its summary and the projection names from the catalog, exit 0', async (flag) => {
    const result = await ledger([flag]);
    expect(result).toMatchObject({ status: 0, err: '' });
    for (const command of LEDGER_COMMANDS) expect(result.out).toContain(command.words.join(' '));
    for (const entry of LEDGER_PROJECTION_CATALOG) expect(result.out).toContain(entry.name);
    expect(result.out).toMatch(/--version/);
  });

  it('answers -h and --help on every command and group, on stdout, without running anything', async () => {
    const { runs, commands } = recordingTable();
    await expect(ledger(['tlog', 'consistency', '--thing', 'x', '-h'], commands)).resolves.toEqual({ status: 0, out: 'usage: ledger tlog consistency --thing <x>\n', err: '' });
    await expect(ledger(['help', 'scrub'], commands)).resolves.toEqual({ status: 0, out: 'usage: ledger scrub --thing <x>\n', err: '' });
    const group = await ledger(['tlog', '--help'], commands);
    expect(group).toMatchObject({ status: 0, err: '' });
    expect(group.out).toMatch(/usage: ledger tlog <command>[\s\S]*tlog consistency +the tlog consistency command[\s\S]*tlog tiles +the tlog tiles command/);
    expect(runs).toEqual([]);
    for (const command of LEDGER_COMMANDS) {
      const result = await ledger([...command.words, '--help']);
      expect(result).toEqual({ status: 0, out: `${command.help}\n`, err: '' });
      expect(command.help).toMatch(new RegExp(`^usage: ledger ${command.words.join(' ')}`));
    }
  });

  it('passes --help after -- on as an argument', async () => {
    const { runs, commands } = recordingTable();
    await ledger(['scrub', '--', '--help'], commands);
    expect(runs).toEqual([{ words: 'scrub', args: ['--', '--help'] }]);
  });

  it('lists the read models in the help of projections rebuild and of the projections group', async () => {
    for (const argv of [['projections', 'rebuild', '--help'], ['projections', '--help']]) {
      const { out } = await ledger(argv);
      expect(out).toContain(`read models: ${LEDGER_PROJECTION_CATALOG.map((entry) => entry.name).join(', ')}`);
    }
  });

  it('--version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    await expect(ledger(['--version'])).resolves.toEqual({ status: 0, out: `${version}\n`, err: '' });
  });

  it.each([
    [['bogus'], "ledger: unknown command 'bogus' (commands: scrub, tlog consistency, tlog tiles)"],
    [['tlog', 'bogus'], "ledger: unknown command 'tlog bogus' (tlog has: consistency, tiles)"],
    [['--bogus'], "ledger: unknown option '--bogus'"],
  ])('%j: names what is unknown and what there is, on stderr, exit 2', async (argv, message) => {
    const { runs, commands } = recordingTable();
    const result = await ledger(argv, commands);
    expect(result).toMatchObject({ status: 2, out: '' });
    expect(result.err.split('\n')[0]).toBe(message);
    expect(runs).toEqual([]);
  });

  it('without a command (or a group without its command) prints the usage on stderr, exit 2', async () => {
    const { commands } = recordingTable();
    await expect(ledger([], commands)).resolves.toMatchObject({ status: 2, out: '', err: expect.stringMatching(/^usage: ledger <command>/) });
    await expect(ledger(['tlog'], commands)).resolves.toMatchObject({ status: 2, out: '', err: expect.stringMatching(/^usage: ledger tlog <command>/) });
  });

  it.each([
    [['export', '--url', 'http://x', '--bogus', 'y'], "ledger export: unknown option '--bogus' (known: --url, --api-key, --out)"],
    [['export', '--url'], 'ledger export: --url needs a value'],
    [['verify', 'stray'], "ledger verify: unexpected argument 'stray'"],
    [['tlog', 'consistency', '--url', 'http://x'], 'ledger tlog consistency: --api-key is required'],
    [['projections', 'rebuild', '--all'], "ledger projections rebuild: unknown option '--all' (it takes none)"],
    [['projections', 'rebuild', 'nope'], 'ledger projections rebuild: there is no projection "nope"'],
  ])('%j: a usage error of a real command, exit 2, before anything is opened', async (argv, message) => {
    const result = await ledger(argv);
    expect(result).toMatchObject({ status: 2, out: '' });
    expect(result.err.split('\n')[0]).toContain(message);
    expect(result.err).toContain(`(ledger ${argv[0] === 'export' || argv[0] === 'verify' ? argv[0] : `${argv[0]} ${argv[1]}`} --help explains every option)`);
  });
});
