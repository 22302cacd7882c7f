/**
 * docker-compose.yml as `docker compose config` resolves it, profile by profile: each command the
 * README gives starts exactly the services it says, and the cluster's instances share their keys
 * from the env file. Needs the compose tool only, not a Docker engine; skipped (saying so) where
 * `docker compose` is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(process.cwd());
const COMPOSE_AVAILABLE = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;
if (!COMPOSE_AVAILABLE) process.stderr.write('docker-compose.e2e-spec: `docker compose version` fails (no compose tool here): the compose file checks are skipped\n');
const describeWithCompose = COMPOSE_AVAILABLE ? describe : describe.skip;

interface ComposeService {
  profiles?: string[];
  environment?: Record<string, string | null>;
  ports?: { target: number; published?: string | number }[];
}

/** `docker compose --profile <profile> config` as JSON, with variables from `envFile` only (never a developer's own .env). */
function composeConfig(profile: string, envFile: string): Record<string, ComposeService> {
  const result = spawnSync('docker', ['compose', '--project-directory', ROOT, '--env-file', envFile, '--profile', profile, 'config', '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
  });
  if (result.status !== 0) throw new Error(`docker compose --profile ${profile} config failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { services: Record<string, ComposeService> }).services;
}

const published = (service: ComposeService) => (service.ports ?? []).map((port) => `${String(port.published)}:${port.target}`);

describeWithCompose('docker-compose.yml', () => {
  let dir: string;
  let envFile: string;
  const KEYS = JSON.stringify([{ key: 'compose-test-key-0123456789', ledgerId: 'acme', scopes: ['audit:read'] }]);
  const SIGNING_KEY = 'PRIVATE+KEY+audit-ledger.localhost+00000000+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-compose-'));
    envFile = join(dir, '.env');
    writeFileSync(envFile, `LEDGER_API_KEYS='${KEYS}'\nLEDGER_CHECKPOINT_SIGNING_KEY=${SIGNING_KEY}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--profile single: one EventStoreDB node and one ledger-api on :3000, nothing of the cluster', () => {
    const services = composeConfig('single', envFile);
    expect(Object.keys(services).sort()).toEqual(['eventstore', 'ledger-api']);
    expect(published(services['ledger-api']!)).toEqual(['3000:3000']);
  });

  it('--profile cluster: three EventStoreDB nodes and two ledger-api on :3001 and :3002, nothing of the single node', () => {
    const services = composeConfig('cluster', envFile);
    expect(Object.keys(services).sort()).toEqual(['ledger-api-1', 'ledger-api-2', 'node1', 'node2', 'node3']);
    expect([...published(services['ledger-api-1']!), ...published(services['ledger-api-2']!)]).toEqual(['3001:3000', '3002:3000']);
  });

  it('gives both cluster instances the API keys and the signing key of the env file', () => {
    const services = composeConfig('cluster', envFile);
    for (const name of ['ledger-api-1', 'ledger-api-2']) {
      expect(services[name]!.environment).toMatchObject({ LEDGER_API_KEYS: KEYS, LEDGER_CHECKPOINT_SIGNING_KEY: SIGNING_KEY, LEDGER_STORE: 'eventstoredb' });
    }
  });

  it('reads .env.example as written: its keys are the JSON the service parses', () => {
    const services = composeConfig('cluster', join(ROOT, '.env.example'));
    const keys = JSON.parse(services['ledger-api-1']!.environment!['LEDGER_API_KEYS']!) as { key: string }[];
    expect(keys).toEqual([expect.objectContaining({ key: 'CHANGE-ME', ledgerId: 'default' })]);
    expect(services['ledger-api-2']!.environment!['LEDGER_API_KEYS']).toBe(services['ledger-api-1']!.environment!['LEDGER_API_KEYS']);
  });
});
