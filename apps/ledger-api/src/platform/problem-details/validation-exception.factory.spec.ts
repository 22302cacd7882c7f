import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, validate, ValidateNested } from 'class-validator';
import { RequestRejectedError } from '#ledger-domain';
import { validationExceptionFactory, validationViolations } from './validation-exception.factory.js';

class Actor {
  @IsString() id: string;
  @IsIn(['user', 'service', 'api_key', 'system']) actorType: string;
}
class Event {
  @IsString() @MaxLength(64) eventType: string;
  @ValidateNested() @Type(() => Actor) actor: Actor;
}
class Batch {
  @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => Event) events: Event[];
}

const violationsOf = async <T extends object>(cls: new () => T, body: object) =>
  validationViolations(await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true }));
const actor = { id: 'u-1', actorType: 'user' };

describe('validationExceptionFactory (class-validator errors → field paths)', () => {
  it('names nested members with dots', async () => {
    expect(await violationsOf(Event, { eventType: 'X', actor: { id: 'u-1', actorType: 'robot' } })).toEqual([
      { path: 'actor.actorType', message: 'actorType must be one of the following values: user, service, api_key, system' },
    ]);
  });

  it('names array elements by index, as events[3].actor.actorType', async () => {
    const events = [0, 1, 2, 3].map((i) => ({ eventType: 'X', actor: i === 3 ? { id: 'u', actorType: 7 } : actor }));
    const violations = await violationsOf(Batch, { events });
    expect(violations.map((v) => v.path)).toEqual(['events[3].actor.actorType']);
  });

  it('says that server-assigned members must not be sent, and names unknown ones', async () => {
    const violations = await violationsOf(Batch, { events: [{ eventType: 'X', actor, hash: 'ab', previousHash: 'cd', colour: 'blue' }] });
    expect(violations).toEqual(
      expect.arrayContaining([
        { path: 'events[0].hash', message: 'hash is assigned by the ledger and must not be sent' },
        { path: 'events[0].previousHash', message: 'previousHash is assigned by the ledger and must not be sent' },
        { path: 'events[0].colour', message: 'colour is not a member of this request' },
      ]),
    );
    expect(violations).toHaveLength(3);
  });

  it('keeps class-validator’s messages, one per broken constraint', async () => {
    const violations = await violationsOf(Event, { eventType: 'X'.repeat(65), actor });
    expect(violations).toEqual([{ path: 'eventType', message: 'eventType must be shorter than or equal to 64 characters' }]);
  });

  it('roots paths under a prefix when one is given', () => {
    const error = { property: 'actorType', constraints: { isIn: 'bad actorType' }, children: [] };
    expect(validationViolations([error], 'events[2].actor')).toEqual([{ path: 'events[2].actor.actorType', message: 'bad actorType' }]);
  });

  it('produces the domain’s 400 error carrying every violation', async () => {
    const errors = await validate(plainToInstance(Event, { eventType: 'X', actor: { id: 2, actorType: 'robot' }, sequence: 1 }), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    const error = validationExceptionFactory(errors);
    expect(error).toBeInstanceOf(RequestRejectedError);
    expect(error.violations.map((v) => v.path).sort()).toEqual(['actor.actorType', 'actor.id', 'sequence']);
  });
});
