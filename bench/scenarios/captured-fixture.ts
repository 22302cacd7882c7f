import type { BareFastifyFixture } from '../ceilings/bare-fastify-fixture.js';
import { getText } from '../support/bench-api.js';

const RECORDS = 1000;

/**
 * Real answers of the service, for the bare Fastify ceiling to send back: 1000 records by id
 * (spread over `ids`) and the page of each list query. Also warms the service's read path.
 */
export async function captureFixture(url: string, ids: readonly string[], listPaths: readonly string[]): Promise<BareFastifyFixture> {
  const fixture: BareFastifyFixture = { records: {}, pages: {} };
  const step = Math.max(1, Math.floor(ids.length / RECORDS));
  for (let i = 0; i < ids.length && Object.keys(fixture.records).length < RECORDS; i += step) {
    fixture.records[ids[i]!] = await getText(url, `/v1/audit-events/${ids[i]}`);
  }
  for (const path of listPaths) fixture.pages[path] = await getText(url, path);
  return fixture;
}
