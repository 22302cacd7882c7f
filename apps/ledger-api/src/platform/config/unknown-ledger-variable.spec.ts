import { loadLedgerConfig } from './load-ledger-config.js';

/** What Kubernetes injects into every pod of a namespace holding Services `ledger-api` and `ledger`. */
const KUBERNETES_ENV = {
  LEDGER_API_SERVICE_HOST: '10.96.12.7',
  LEDGER_API_SERVICE_PORT: '3000',
  LEDGER_API_SERVICE_PORT_HTTP: '3000',
  LEDGER_API_PORT: 'tcp://10.96.12.7:3000',
  LEDGER_API_PORT_3000_TCP: 'tcp://10.96.12.7:3000',
  LEDGER_API_PORT_3000_TCP_PROTO: 'tcp',
  LEDGER_API_PORT_3000_TCP_PORT: '3000',
  LEDGER_API_PORT_3000_TCP_ADDR: '10.96.12.7',
  LEDGER_SERVICE_HOST: 'fd00::12',
  LEDGER_PORT: 'tcp://[fd00::12]:2113',
};

describe('configuration inside Kubernetes', () => {
  it('starts with the service-link variables of Services named like the ledger', () => {
    expect(() => loadLedgerConfig({ ...KUBERNETES_ENV, LEDGER_DATA_DIR: '/data' })).not.toThrow();
  });

  it('still refuses any other unknown LEDGER_* name, with a did-you-mean for a near miss', () => {
    expect(() => loadLedgerConfig({ LEDGER_API_KEY: '[]' })).toThrow(/LEDGER_API_KEY is not a known setting \(did you mean LEDGER_API_KEYS\?\)/);
    expect(() => loadLedgerConfig({ LEDGER_CHECKPOINT_INTERVAL: '5' })).toThrow(/not a known setting/);
    expect(() => loadLedgerConfig({ LEDGER_NONSENSE_SETTING: '1' })).toThrow(/^LEDGER_NONSENSE_SETTING is not a known setting \(known:/);
  });

  it('does not take a setting that only looks like a service link: its value must be one Kubernetes writes', () => {
    expect(() => loadLedgerConfig({ LEDGER_REPLICA_SERVICE_PORT: 'not a port' })).toThrow(/LEDGER_REPLICA_SERVICE_PORT is not a known setting/);
  });
});
