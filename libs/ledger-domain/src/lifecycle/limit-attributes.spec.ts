import { given, minimalEvent, MINIMAL_AFTER_IMAGES } from '../validation/testing/given-audit-event.js';

const withAfter = (type: 'LIMIT_CREATED' | 'LIMIT_UPDATED', after: Record<string, unknown>, result = 'SUCCESS') =>
  minimalEvent(type, { result, context: { ...minimalEvent(type).context, after } });
const limit = MINIMAL_AFTER_IMAGES.limit;
const DECIMAL = 'context.after.maxAmount must be a non-negative decimal string of at most 30 digits and 18 decimals, such as "1500.00"';

describe.each(['LIMIT_CREATED', 'LIMIT_UPDATED'] as const)('the after-image of a successful %s', (type) => {
  it('is accepted with limitType, maxAmount and currency, and with scopes', () => {
    given(withAfter(type, limit)).whenNormalized().thenAccepts();
    given(withAfter(type, { ...limit, scopes: ['seg-1'], window: 'P1D' })).whenNormalized().thenAccepts();
  });

  it('reports every missing attribute at once', () => {
    expect(given(withAfter(type, {})).whenNormalized().thenRejects('context.after.limitType').map((v) => v.path)).toEqual([
      'context.after.limitType', 'context.after.maxAmount', 'context.after.currency',
    ]);
  });

  it.each(['PER_TRANSACTION', 'DAILY', 'WEEKLY', 'MONTHLY', 'CUSTOM'])('accepts limitType %s', (limitType) => {
    given(withAfter(type, { ...limit, limitType })).whenNormalized().thenAccepts();
  });

  it.each(['YEARLY', 'daily', ''])('refuses limitType %j', (limitType) => {
    given(withAfter(type, { ...limit, limitType })).whenNormalized()
      .thenRejects('context.after.limitType', 'context.after.limitType must be one of PER_TRANSACTION, DAILY, WEEKLY, MONTHLY, CUSTOM');
  });

  it.each(['0', '1500', '1500.00', '0.000000000000000001', `${'9'.repeat(30)}.${'9'.repeat(18)}`])('accepts maxAmount %s', (maxAmount) => {
    given(withAfter(type, { ...limit, maxAmount })).whenNormalized().thenAccepts();
  });

  it.each(['-1', '1.', '.5', '1e3', '1,5', ' 1', '', '0x10', '9'.repeat(31), `1.${'0'.repeat(19)}`])('refuses maxAmount %j', (maxAmount) => {
    given(withAfter(type, { ...limit, maxAmount })).whenNormalized().thenRejects('context.after.maxAmount', DECIMAL);
  });

  it('refuses a maxAmount sent as a number, saying decimals travel as strings', () => {
    given(withAfter(type, { ...limit, maxAmount: 1500 })).whenNormalized().thenRejects(
      'context.after.maxAmount',
      'context.after.maxAmount must be a string such as "1500.00", not a number: decimals travel as strings so that no digit is lost',
    );
  });

  it.each(['brl', 'BRLX', 'R$', 'BR', 986])('refuses currency %j', (currency) => {
    given(withAfter(type, { ...limit, currency })).whenNormalized()
      .thenRejects('context.after.currency', 'context.after.currency must be an ISO 4217 currency code: three capital letters, such as BRL');
  });

  it('refuses scopes that are not an array', () => {
    given(withAfter(type, { ...limit, scopes: 'seg-1' })).whenNormalized().thenRejects('context.after.scopes', 'context.after.scopes must be an array when present');
  });

  it('is not checked when the attempt failed', () => {
    given(withAfter(type, { maxAmount: 12.5 }, 'FAILED')).whenNormalized().thenAccepts();
  });
});
