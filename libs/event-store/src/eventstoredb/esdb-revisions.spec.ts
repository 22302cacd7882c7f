import { ANY as ESDB_ANY, NO_STREAM as ESDB_NO_STREAM, STREAM_EXISTS as ESDB_STREAM_EXISTS } from '@eventstore/db-client';
import { ANY, NO_STREAM, STREAM_EXISTS } from '../expected-revision.js';
import { toEsdbExpectedRevision, toPortCurrentRevision, toSafeNumber } from './esdb-revisions.js';

describe('revisions between the port (number) and the client (bigint)', () => {
  it('maps the named expected revisions to the client constants and numbers to bigints', () => {
    expect(toEsdbExpectedRevision(NO_STREAM)).toBe(ESDB_NO_STREAM);
    expect(toEsdbExpectedRevision(STREAM_EXISTS)).toBe(ESDB_STREAM_EXISTS);
    expect(toEsdbExpectedRevision(ANY)).toBe(ESDB_ANY);
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(Number.MAX_SAFE_INTEGER)).toBe(9007199254740991n);
  });

  it('refuses expected revisions the server would misread', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(() => toEsdbExpectedRevision(bad)).toThrow(RangeError);
  });

  it('converts bigints up to 2^53-1 exactly and refuses larger or negative ones', () => {
    expect(toSafeNumber(0n, 'position')).toBe(0);
    expect(toSafeNumber(9007199254740991n, 'position')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeNumber(9007199254740992n, 'position')).toThrow(RangeError);
    expect(() => toSafeNumber(-1n, 'revision')).toThrow(RangeError);
  });

  it("reports the server's current revision in the port's terms", () => {
    expect(toPortCurrentRevision(ESDB_NO_STREAM)).toBe(NO_STREAM);
    expect(toPortCurrentRevision(41n)).toBe(41);
  });
});
