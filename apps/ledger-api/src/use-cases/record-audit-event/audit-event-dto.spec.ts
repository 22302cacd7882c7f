import { getMetadataStorage, validateSync } from 'class-validator';
import { EVENTS_WITH_BAD_MEMBERS, FIXTURE_EVENTS, SERVER_ASSIGNED_MEMBERS } from '../../../../../test/support/audit-event-corpus.js';
import { ruleCreated, transactionValidated } from '../../../../../test/support/audit-event-fixtures.js';
import { compileAcceptance } from '../../platform/http-platform/validation/compiled-acceptance.js';
import { AuditActorDto } from './audit-actor.dto.js';
import { validateAuditEventDto } from './audit-event-dto.js';
import { RecordAuditEventRequestDto } from './record-audit-event.request.dto.js';

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true } as const;

/** Values tried in every member: every JSON type, the edges of each length limit, and near misses of each pattern. */
const VALUES: unknown[] = [
  undefined, null, 0, 42, -1, 1.5, Number.NaN, true, false, '', ' ', 'x', [], ['x'], {}, { a: 1 }, new Date(0),
  ...[31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257, 4096, 4097].map((n) => 'a'.repeat(n)),
  'RULE_CREATED', 'rule_created', 'R', 'RU', 'RUL', 'A'.repeat(64), 'A'.repeat(65), 'TRANSACTION_VALIDATED', '1ABC',
  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.123+03:00', '2026-13-01T00:00:00Z', '2016-12-31T23:59:60Z', '2026-01-01', 'yesterday',
  '10.0.0.7', '::1', '999.1.1.1', 'user', 'service', 'system', 'robot', 'USER',
];

/** The members class-validator has rules for on `target` (from the decorators, so a new member is covered without editing this). */
const membersOf = (target: new () => object) => [...new Set(getMetadataStorage().getTargetValidationMetadatas(target, undefined as unknown as string, false, false, undefined).map((m) => m.propertyName))];

/** One shared corpus: the e2e bad-input cases, the fixtures, the server-assigned members, and every value in every member. */
function corpus(): [string, Record<string, unknown>][] {
  const cases: [string, Record<string, unknown>][] = [
    ...EVENTS_WITH_BAD_MEMBERS.map(([what, body]) => [what, body] as [string, Record<string, unknown>]),
    ...FIXTURE_EVENTS,
    ...Object.entries(SERVER_ASSIGNED_MEMBERS).map(([member, value]) => [`server-assigned ${member}`, ruleCreated('r', { [member]: value })] as [string, Record<string, unknown>]),
  ];
  const bases = { ruleCreated: ruleCreated('r', { category: 'rules', source: 'rule-engine', resourceType: 'rule', action: 'CREATE', description: 'd', metadata: { m: 1 }, occurredAt: '2026-01-01T00:00:00Z' }), transactionValidated: transactionValidated('tx') };
  for (const [baseName, base] of Object.entries(bases)) {
    for (const member of [...membersOf(RecordAuditEventRequestDto), 'colour']) {
      for (const [i, value] of VALUES.entries()) cases.push([`${baseName}.${member} = value #${i}`, { ...base, [member]: value }]);
    }
    for (const member of [...membersOf(AuditActorDto), 'nickname']) {
      for (const [i, value] of VALUES.entries()) {
        cases.push([`${baseName}.actor.${member} = value #${i}`, { ...base, actor: { id: 'u-1', actorType: 'user', [member]: value } }]);
      }
    }
  }
  return cases;
}

describe('the compiled DTO check (compileAcceptance) against class-validator, one corpus', () => {
  const accepts = compileAcceptance(RecordAuditEventRequestDto, OPTIONS);
  const cases = corpus();

  it('gives class-validator’s verdict and errors on every event of the corpus, and takes the fast path for all it accepts', () => {
    const wronglyAccepted: string[] = [];
    const leftToClassValidator: string[] = [];
    let accepted = 0;
    for (const [what, raw] of cases) {
      const { dto, errors } = validateAuditEventDto(raw);
      const expected = validateSync(dto, OPTIONS);
      // What clients see: the same verdict and errors (paths, constraints, messages) as class-validator alone.
      expect(errors).toEqual(expected);
      const fast = accepts(dto);
      if (fast && expected.length > 0) wronglyAccepted.push(what);
      if (!fast && expected.length === 0) leftToClassValidator.push(what);
      if (expected.length === 0) accepted++;
    }
    expect(wronglyAccepted).toEqual([]);
    // By design, a nested member given as an array is left to class-validator (which checks each element):
    // an empty array as actor passes the DTO (the domain refuses it).
    expect(leftToClassValidator).toEqual(['ruleCreated.actor = value #12', 'transactionValidated.actor = value #12']);
    // The corpus exercises both verdicts in volume (a test that only ever saw one could not fail).
    expect(accepted).toBeGreaterThan(300);
    expect(cases.length - accepted).toBeGreaterThan(300);
  });

  it('never accepts what class-validator refuses, for the actor given in other shapes', () => {
    const valid = Object.assign(new AuditActorDto(), { id: 'a', actorType: 'user' });
    const shapes = [[valid], [{ id: 'a', actorType: 'user' }], new Set([valid]), new Map(), 'ana', 7, Object.assign(new AuditActorDto(), { id: 'a' }), { id: 'a', actorType: 'user' }, valid];
    const verdicts = shapes.map((actor) => {
      const dto = Object.assign(new RecordAuditEventRequestDto(), ruleCreated('r'), { actor });
      return { fast: accepts(dto), classValidator: validateSync(dto, OPTIONS).length === 0 };
    });
    expect(verdicts.filter((v) => v.fast && !v.classValidator)).toEqual([]);
    expect(verdicts.at(-1)).toEqual({ fast: true, classValidator: true });
  });

  it('refuses to compile for options it does not model', () => {
    expect(() => compileAcceptance(RecordAuditEventRequestDto, { whitelist: true } as never)).toThrow(/whitelist \+ forbidNonWhitelisted/);
    expect(() => compileAcceptance(RecordAuditEventRequestDto, { ...OPTIONS, skipMissingProperties: true } as never)).toThrow(/models/);
  });
});
