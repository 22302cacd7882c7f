import { loadCheckpointSigner } from '#transparency-log';
import { runGenerateCheckpointKeyCommand } from './generate-checkpoint-key.command.js';
import { recordingIo } from './testing/recording-io.js';

async function generate(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = recordingIo();
  const status = await runGenerateCheckpointKeyCommand(args, io, env);
  return { status, out: io.out(), err: io.err() };
}

describe('ledger checkpoint-key generate', () => {
  it('prints an .env line the service loads as its signing key, and that key\'s verifier key', async () => {
    const { status, out } = await generate(['--origin', 'ledger.example']);
    expect(status).toBe(0);
    const [line, comment, ...rest] = out.split('\n');
    expect(rest).toEqual(['']);
    const privateKey = /^LEDGER_CHECKPOINT_SIGNING_KEY=(PRIVATE\+KEY\+ledger\.example\+[0-9a-f]{8}\+\S+)$/.exec(line!)![1]!;
    const verifierKey = /^# verifier key: (ledger\.example\+[0-9a-f]{8}\+\S+)$/.exec(comment!)![1]!;
    // The service's own loader (LEDGER_CHECKPOINT_SIGNING_KEY with LEDGER_LOG_ORIGIN=ledger.example) accepts it.
    const loaded = await loadCheckpointSigner({ privateKey, origin: 'ledger.example', dataDir: '/nonexistent' });
    expect(loaded.verifierKey).toBe(verifierKey);
  });

  it('names the key LEDGER_LOG_ORIGIN when no --origin is given, else audit-ledger.localhost; a new key each time', async () => {
    expect((await generate([], { LEDGER_LOG_ORIGIN: 'from.env' })).out).toMatch(/^LEDGER_CHECKPOINT_SIGNING_KEY=PRIVATE\+KEY\+from\.env\+/);
    const [first, second] = [await generate([]), await generate([])];
    expect(first.out).toMatch(/^LEDGER_CHECKPOINT_SIGNING_KEY=PRIVATE\+KEY\+audit-ledger\.localhost\+/);
    expect(first.out).not.toBe(second.out);
  });

  it('refuses a name the service would refuse, exit 2', async () => {
    const result = await generate(['--origin', 'has+plus']);
    expect(result).toMatchObject({ status: 2, out: '' });
    expect(result.err).toMatch(/^ledger checkpoint-key generate: --origin: key name: /);
  });
});
