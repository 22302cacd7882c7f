import { LedgerProcess } from './support/ledger-process.js';

/** The service-link variables Kubernetes injects for Services `ledger-api` and `ledger` in the namespace. */
const SERVICE_LINKS = {
  LEDGER_API_SERVICE_HOST: '10.96.12.7',
  LEDGER_API_SERVICE_PORT: '3000',
  LEDGER_API_SERVICE_PORT_HTTP: '3000',
  LEDGER_API_PORT: 'tcp://10.96.12.7:3000',
  LEDGER_API_PORT_3000_TCP: 'tcp://10.96.12.7:3000',
  LEDGER_API_PORT_3000_TCP_PROTO: 'tcp',
  LEDGER_API_PORT_3000_TCP_PORT: '3000',
  LEDGER_API_PORT_3000_TCP_ADDR: '10.96.12.7',
  LEDGER_SERVICE_HOST: '10.96.40.2',
  LEDGER_SERVICE_PORT: '2113',
  LEDGER_PORT: 'tcp://10.96.40.2:2113',
  KUBERNETES_SERVICE_HOST: '10.96.0.1',
  KUBERNETES_SERVICE_PORT: '443',
};

describe('the service in a Kubernetes pod', () => {
  it('starts and serves with the service-link variables in its environment', async () => {
    const ledger = await LedgerProcess.start({ env: SERVICE_LINKS });
    try {
      expect((await ledger.request('GET', '/readyz')).status).toBe(200);
    } finally {
      await ledger.stop();
      ledger.removeData();
    }
  }, 60_000);
});
