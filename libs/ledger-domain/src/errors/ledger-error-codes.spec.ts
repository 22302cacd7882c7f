import * as errors from './ledger-errors.js';
import { LEDGER_ERROR_CODES } from './ledger-error-codes.js';
import { LedgerError } from './ledger-error.js';

describe('the error registry', () => {
  it('has unique codes and titles', () => {
    const codes = Object.keys(LEDGER_ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    const titles = Object.values(LEDGER_ERROR_CODES).map((entry) => entry.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('registers the code of every error class, and every registered code has a class', () => {
    const instances = Object.values(errors).map((ErrorClass) => new (ErrorClass as new (...args: never[]) => LedgerError)(...([[{ path: 'p', message: 'm' }]] as never[])));
    const used = new Set(instances.map((error) => error.code));
    for (const error of instances) expect(Object.keys(LEDGER_ERROR_CODES)).toContain(error.code);
    expect([...used].sort()).toEqual(Object.keys(LEDGER_ERROR_CODES).sort());
  });
});
