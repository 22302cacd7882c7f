import { given, minimalEvent, MINIMAL_AFTER_IMAGES } from '../validation/testing/given-audit-event.js';

const withAfter = (type: 'RULE_DRAFTED' | 'LIMIT_DRAFTED', after: Record<string, unknown>, result = 'SUCCESS') =>
  minimalEvent(type, { result, context: { after } });

describe.each([
  ['RULE_DRAFTED', 'rule', 'context.after.expression'],
  ['LIMIT_DRAFTED', 'limit', 'context.after.maxAmount'],
] as const)('the after-image of a successful %s', (type, resourceType, attribute) => {
  const image = MINIMAL_AFTER_IMAGES[resourceType];

  it(`gets resourceType ${resourceType} and action DRAFT, and is accepted with a status of DRAFT or none`, () => {
    expect(given(withAfter(type, image)).whenNormalized().thenAccepts()).toMatchObject({ resourceType, action: 'DRAFT', result: 'SUCCESS' });
    given(withAfter(type, { ...image, status: 'DRAFT' })).whenNormalized().thenAccepts();
  });

  it('is the full draft: its attributes are checked as a creation’s', () => {
    const { [attribute.slice('context.after.'.length) as keyof typeof image]: _left, ...lacking } = image;
    given(withAfter(type, lacking)).whenNormalized().thenRejects(attribute, new RegExp(`^${attribute.replace(/\./g, '\\.')} is required`));
  });

  it.each(['ACTIVE', 'INACTIVE', 'DELETED', 'draft'])('is refused with a status of %s', (status) => {
    given(withAfter(type, { ...image, status })).whenNormalized()
      .thenRejects('context.after.status', `context.after of ${type} is a draft: its status can only be DRAFT`);
  });

  it('is required, and a failed attempt may carry anything', () => {
    given(minimalEvent(type, { context: {} })).whenNormalized().thenRejects('context.after', `context.after is required for ${type}`);
    given(withAfter(type, { status: 'ACTIVE' }, 'FAILED')).whenNormalized().thenAccepts();
  });
});
