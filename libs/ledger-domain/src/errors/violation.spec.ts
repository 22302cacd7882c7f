import { capViolations, prefixViolations } from './violation.js';

describe('violations', () => {
  it('are re-rooted under an item of a list', () => {
    expect(prefixViolations('events[3]', [
      { path: '$', message: 'whole' },
      { path: 'actor.actorType', message: 'member' },
      { path: '[0]', message: 'index' },
    ])).toEqual([
      { path: 'events[3]', message: 'whole' },
      { path: 'events[3].actor.actorType', message: 'member' },
      { path: 'events[3][0]', message: 'index' },
    ]);
  });

  it('are capped, the last entry counting the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ path: `p${i}`, message: 'm' }));
    expect(capViolations(many, 5)).toEqual(many);
    expect(capViolations(many, 3)).toEqual([many[0], many[1], { path: '$', message: '3 more problems not listed' }]);
  });
});
