import type { FastifyBaseLogger } from 'fastify';
import { DiskFullWarnings } from './disk-full-warnings.js';

describe('warnings about a full disk', () => {
  let now = 0;
  const lines: { occurrences: number }[] = [];
  const log = { warn: (fields: { occurrences: number }) => lines.push(fields) } as unknown as FastifyBaseLogger;
  const warnings = new DiskFullWarnings(() => now);

  it('warns on the first refused append and on every 100th after it', () => {
    for (let i = 0; i < 250; i++) warnings.record(log);
    expect(lines.map((line) => line.occurrences)).toEqual([1, 101, 201]);
  });

  it('warns at once again when the disk fills up again after a quiet minute', () => {
    now += 61_000;
    warnings.record(log);
    expect(lines.at(-1)).toMatchObject({ occurrences: 1 });
  });
});
