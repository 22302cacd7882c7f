import { InvalidCursorError } from '#ledger-domain';
import type { FindingKey } from '#read-models';

const CURSOR = /^([0-9]{1,16}):([a-z-]{1,40})$/;

/** The cursor after a finding: `<sequence>:<kind>`. */
export function formatFindingCursor(key: FindingKey): string {
  return `${key.sequence}:${key.kind}`;
}

/** @throws InvalidCursorError for anything formatFindingCursor does not make. */
export function parseFindingCursor(cursor: string): FindingKey {
  const match = CURSOR.exec(cursor);
  if (!match) throw new InvalidCursorError('cursor must be the nextCursor of a previous page');
  return { sequence: Number(match[1]), kind: match[2]! };
}
