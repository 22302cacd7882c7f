import { jest } from '@jest/globals';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { customEvent, lifecycleEvent, ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { launchChromium, printedVerifierKey, screenshot, seriousAxeViolations } from './support/console-browser.js';
import { eventually } from './support/eventually.js';
import { E2E_STORE, LedgerProcess } from './support/ledger-process.js';
import { listAll, untilLedgerCaughtUp } from './support/ledger-reads.js';
import { parseCsv } from './support/csv-parse.js';
import { runLedgerCli } from './support/ledger-cli.js';
import { checkpointOfSize } from './support/transparency-log.js';

const READER = 'console-reader-key-0123456789';
const ADMIN = 'console-admin-key-0123456789';
/** Rebuilding read models (shared by every ledger) takes an operator key. */
const OPERATOR = 'console-operator-key-0123456789';
// Go's PeterNeumann key (libs/integrity/testdata/note/go-sumdb-note.json): a valid key that did not sign this ledger's checkpoints.
const OTHER_KEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';

// The red verdict needs the SQLite file edited in place; EventStoreDB's log cannot be.
const describeOnSqlite = E2E_STORE === 'sqlite' ? describe : describe.skip;

describeOnSqlite('the auditor console in Chromium verifies what it shows', () => {
  jest.setTimeout(30_000);
  let ledger: LedgerProcess;
  let browser: Browser;
  let page: Page;
  let verifierKey: string;
  const pageErrors: string[] = [];
  /** The evidence files the console downloaded, by name. */
  const saved = new Map<string, string>();

  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [
        { key: READER, ledgerId: 'console', scopes: ['audit:read'] },
        { key: ADMIN, ledgerId: 'console', scopes: ['audit:read', 'audit:write', 'ledger:admin'] },
        { key: OPERATOR, ledgerId: '*', scopes: ['ops:admin'] },
      ],
    });
    const events = [
      ...Array.from({ length: 6 }, (_, i) => transactionValidated(`tx-${i}`)),
      ...Array.from({ length: 5 }, (_, i) => ruleCreated(`rule-${i}`, { context: { after: { name: 'Zürich', expression: 'amount > 100.00', action: 'DENY' } } })),
      customEvent('company-1'),
    ];
    expect((await ledger.request('POST', '/v1/audit-events/batch', { apiKey: ADMIN, body: { events } })).status).toBe(201);
    await untilLedgerCaughtUp(ledger);
    await checkpointOfSize(ledger, events.length, READER);
    verifierKey = printedVerifierKey(ledger.logs);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A CSP violation or a script error is a failure of the console, whatever the verdicts say.
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 60_000);

  /** Clicks Verify and returns the verdict once it shows: its state and its text. */
  async function verifyInBrowser(): Promise<{ state: string | null; text: string | null }> {
    await page.getByRole('button', { name: 'Verify in this browser' }).click();
    const verdict = page.locator('[data-verdict]');
    await verdict.waitFor();
    return { state: await verdict.getAttribute('data-verdict'), text: await verdict.textContent() };
  }

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
    ledger?.removeData();
  });

  it('is served with its CSP, and the service printed where it is', async () => {
    expect(ledger.logs).toContain(`Auditor console: ${ledger.baseUrl}/console`);
    const index = await ledger.request('GET', '/console');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(index.text)![1]!;
    const asset = await ledger.request('GET', script);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('signs in with an API key and the pinned verifier key', async () => {
    await page.goto(`${ledger.baseUrl}/console`);
    await page.getByLabel('API key (scope audit:read)').fill(READER);
    await page.getByLabel('Pinned verifier key').fill(verifierKey);
    await screenshot(page, '01-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Audit events' }).waitFor();
    await page.locator('table.events tbody tr').first().waitFor();
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.length)).toBe(1);
    expect(page.url()).not.toContain(READER);
    await screenshot(page, '02-event-list');
  });

  it('filters the list by event type', async () => {
    await page.getByLabel('Event type').fill('RULE_CREATED');
    await page.getByLabel('Order').selectOption('ASC');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('table').getByText('Page 1: 5 events').waitFor();
    const types = await page.locator('table.events tbody tr td:nth-child(3)').allTextContents();
    expect(types).toEqual(Array(5).fill('RULE_CREATED'));
    const sequences = await page.locator('table.events tbody tr td:nth-child(1)').allTextContents();
    expect(sequences).toEqual(['7', '8', '9', '10', '11']);
    await screenshot(page, '03-filtered');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('live tail, keeping the filters, shows an event appended now within 2 s', async () => {
    await page.getByLabel('Live tail (new events matching these filters)').check();
    await page.getByText('Live tail (connected)').waitFor();
    const appendedAt = Date.now();
    const posted = await ledger.request('POST', '/v1/audit-events', { apiKey: ADMIN, body: ruleCreated('rule-live') });
    expect(posted.status).toBe(201);
    // An event of another type, appended too, must not show: the tail keeps the list's filter.
    await ledger.request('POST', '/v1/audit-events', { apiKey: ADMIN, body: transactionValidated('tx-live') });
    const live = page.locator('section[aria-labelledby="live-heading"] tbody tr');
    await live.filter({ hasText: 'rule/rule-live' }).waitFor({ timeout: 2_000 });
    expect(Date.now() - appendedAt).toBeLessThan(2_000);
    await screenshot(page, '04-live-tail');
    expect(await live.allTextContents()).toHaveLength(1);
    await page.getByLabel('Live tail (new events matching these filters)').uncheck();
  });

  it('downloads the filtered events as CSV that parses back to the same events, and evidence the offline verifier accepts', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'These events as CSV' }).click()]);
    const rows = parseCsv(readFileSync((await csvDownload.path())!, 'utf8'));
    const [header, ...body] = rows;
    const listed = await listAll(ledger, READER, 'event_type=RULE_CREATED&sort_order=ASC&limit=1000');
    const column = (name: string) => header!.indexOf(name);
    expect(body.map((row) => ({
      sequence: Number(row[column('sequence')]),
      eventId: row[column('eventId')],
      eventType: row[column('eventType')],
      resourceId: row[column('resourceId')],
      actor: { id: row[column('actorId')], actorType: row[column('actorType')] },
      context: JSON.parse(row[column('context')]!),
      metadata: JSON.parse(row[column('metadata')]!),
      hash: row[column('hash')],
    }))).toEqual(listed.map((r) => ({ sequence: r.sequence, eventId: r.eventId, eventType: r.eventType, resourceId: r.resourceId, actor: { id: r.actor.id, actorType: r.actor.actorType }, context: r.context, metadata: r.metadata, hash: r.hash })));

    // The same filter as CloudEvents 1.0, one a line, `data` the record as listed.
    const cloudEvents = await ledger.request('GET', '/v1/ledger/export?format=cloudevents&event_type=RULE_CREATED', { apiKey: READER });
    const events = cloudEvents.text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(events.map((e) => [e.specversion, e.id, e.type, e.source, e.subject, e.time])).toEqual(
      listed.map((r) => ['1.0', r.eventId, 'localhost.audit-ledger.RULE_CREATED', '/ledgers/console', `rule/${r.resourceId}`, r.createdAt]),
    );
    expect(events.map((e) => e.data)).toEqual(listed);

    const downloads: Promise<void>[] = [];
    const onDownload = (d: Download) => downloads.push(d.path().then((path) => void saved.set(d.suggestedFilename(), path!)));
    page.on('download', onDownload);
    await page.getByRole('button', { name: 'Evidence for the offline verifier' }).click();
    await eventually('three evidence files', () => (downloads.length === 3 ? true : undefined));
    await Promise.all(downloads);
    page.off('download', onDownload);
    const verify = runLedgerCli(['verify', '--records', saved.get('records.ndjson')!, '--checkpoint', saved.get('checkpoint.txt')!, '--verifier-key', readFileSync(saved.get('verifier-key.txt')!, 'utf8').trim()]);
    expect(verify.status).toBe(0);
  });

  it('checks the chain in a web worker, and the saved evidence offline', async () => {
    await page.goto(`${ledger.baseUrl}/console#/chain`);
    await page.getByRole('button', { name: 'Check the chain' }).click();
    const verdict = page.locator('[data-verdict]');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('Intact: 14 records');
    expect(await page.getByRole('status').first().textContent()).toMatch(/14 records checked, [\d,]+ events\/s/);
    // The evidence's checkpoint, kept: the log has grown since (the live tail's events), and extends it.
    await checkpointOfSize(ledger, 14, READER);
    await page.getByLabel('Kept checkpoint.txt').setInputFiles(saved.get('checkpoint.txt')!);
    await page.getByRole('button', { name: 'Check consistency' }).click();
    const consistency = page.locator('[data-consistency]');
    await consistency.waitFor();
    expect(await consistency.textContent()).toMatch(/^Consistent: the latest checkpoint \(14 records\) extends the one you kept \(1[24]\)$/);
    await page.goto(`${ledger.baseUrl}/console#/offline`);
    await page.getByLabel('records.ndjson').setInputFiles(saved.get('records.ndjson')!);
    await page.getByLabel('checkpoint.txt').setInputFiles(saved.get('checkpoint.txt')!);
    await page.getByRole('button', { name: 'Verify offline' }).click();
    await page.getByText('The checkpoint is signed by the pinned key and these records have its Merkle root.').waitFor();
    await screenshot(page, '05-offline');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens an event and verifies it in the browser: green', async () => {
    await checkpointOfSize(ledger, 14, READER);
    await page.goto(`${ledger.baseUrl}/console#/events?event_type=RULE_CREATED&sort_order=ASC`);
    await page.getByRole('link', { name: '8', exact: true }).click();
    await page.getByRole('heading', { name: 'Event 8: RULE_CREATED' }).waitFor();
    const verdict = await verifyInBrowser();
    expect(verdict.state).toBe('verified');
    expect(verdict.text).toContain('included in checkpoint 14 signed by audit-ledger.localhost');
    await screenshot(page, '06-verified');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('after one byte of the stored record changes (read models rebuilt): red, “hash does not match the record”', async () => {
    const db = new Database(join(ledger.dataDir, 'events.db'));
    try {
      // Sequence 8 is revision 7 of the ledger's stream; 'Zürich' → 'Zürick' is one byte.
      const info = db.prepare(`UPDATE events SET data = replace(data, 'Zürich', 'Zürick') WHERE stream_name = 'ledger-console' AND revision = 7`).run();
      expect(info.changes).toBe(1);
    } finally {
      db.close();
    }
    expect((await ledger.request('POST', '/v1/admin/projections/audit-event-index/rebuild', { apiKey: OPERATOR })).status).toBe(202);
    await eventually('the rebuilt audit-event index', async () => {
      const listed = (await ledger.request('GET', '/v1/admin/projections', { apiKey: OPERATOR })).json.projections as { name: string; rebuild?: { state: string } }[];
      return listed.find((p) => p.name === 'audit-event-index')?.rebuild?.state === 'done' ? true : undefined;
    }, 30_000);
    await page.reload();
    await page.getByText('Zürick').waitFor();
    const verdict = await verifyInBrowser();
    expect(verdict.state).toBe('failed');
    expect(verdict.text).toContain('Not verified: hash does not match the record');
    await screenshot(page, '07-tampered');
    await page.goto(`${ledger.baseUrl}/console#/chain`);
    await page.getByRole('button', { name: 'Check the chain' }).click();
    const chain = page.locator('[data-verdict]');
    await chain.waitFor();
    expect(await chain.textContent()).toContain('Broken at sequence 8: hash does not match the record');
  });

  it('with a pinned key that did not sign the checkpoints: a warning, and red “checkpoint not signed by the pinned key”', async () => {
    await page.evaluate((key) => (globalThis as any).localStorage.setItem('auditor-console.pinnedVerifierKey', key), OTHER_KEY);
    await page.goto(`${ledger.baseUrl}/console#/events`);
    await page.getByRole('alert').getByText('not by the key you pinned').waitFor();
    await page.getByRole('link', { name: '2', exact: true }).click();
    const verdict = await verifyInBrowser();
    expect(verdict.text).toContain('Not verified: checkpoint not signed by the pinned key');
    await screenshot(page, '08-wrong-key');
  });

  it('shows a rule as of any point of its history with a slider, and the paths each event changed', async () => {
    const before = { name: 'Zürich', expression: 'amount > 100.00', action: 'DENY' };
    const updated = await ledger.request('POST', '/v1/audit-events', {
      apiKey: ADMIN,
      body: lifecycleEvent('RULE_UPDATED', 'rule-3', { before, after: { ...before, expression: 'amount > 500.00' } }),
    });
    expect(updated.status).toBe(201);
    await page.goto(`${ledger.baseUrl}/console#/rules`);
    await page.getByRole('link', { name: 'rule-3', exact: true }).click({ timeout: 5_000 });
    const stateWith = (text: string) => page.locator('[data-testid="as-of-state"]', { hasText: text });
    await stateWith('amount > 500.00').waitFor({ timeout: 5_000 });
    // The update changed only the expression: that is the one path its row highlights.
    expect(await page.getByRole('row', { name: /RULE_UPDATED/ }).locator('mark').allTextContents()).toEqual(['expression']);
    const slider = page.getByLabel(/^As of version/);
    await slider.focus();
    await page.keyboard.press('Home');
    await stateWith('amount > 100.00').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('as-of-state').textContent()).not.toContain('amount > 500.00');
    await screenshot(page, '09-rule-as-of');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows a validation with the rules and limits as they stood', async () => {
    await page.goto(`${ledger.baseUrl}/console#/events?event_type=TRANSACTION_VALIDATED&sort_order=ASC`);
    await page.getByRole('link', { name: '3', exact: true }).click();
    await page.getByRole('link', { name: 'The rules and limits this validation was decided against' }).click();
    await page.getByRole('heading', { name: 'Validation of tx-2' }).waitFor();
    expect(await page.getByTestId('as-of-sequence').textContent()).toBe('2');
    // The rules were all created after the first validations: none stood then.
    await page.getByText('Rules then (0 active)').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('raised no script error or CSP violation', () => {
    expect(pageErrors).toEqual([]);
  });
});
