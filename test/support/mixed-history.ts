import { customEvent, transactionValidated } from './audit-event-fixtures.js';

type Status = 'DRAFT' | 'ACTIVE' | 'INACTIVE' | 'DELETED';
interface Resource {
  type: 'RULE' | 'LIMIT';
  id: string;
  status: Status;
  image: Record<string, unknown>;
  version: number;
}

const actor = { id: 'ops', actorType: 'service' };

/**
 * A valid, varied ledger history as request bodies, built in order: rules and limits through
 * every lifecycle step (exact before-images, expectedVersion now and then), validations that
 * name matched rules, and Drata-style custom events. The client side keeps the resources' states
 * so that every event is one the ledger accepts.
 */
export class MixedHistory {
  private readonly resources: Resource[] = [];
  private n = 0;

  /** The next `count` events. */
  next(count: number): object[] {
    return Array.from({ length: count }, () => this.one());
  }

  /** Events the ledger must refuse now (each alone): a duplicate create, an update with a stale before-image, … */
  refusals(): { body: object; status: number }[] {
    const existing = this.resources.find((r) => r.status !== 'DELETED')!;
    const prefix = existing.type;
    return [
      { body: this.event(`${prefix}_CREATED`, existing.id, { after: existing.image }), status: 409 },
      { body: this.event(`${prefix}_UPDATED`, existing.id, { before: { ...existing.image, stale: true }, after: existing.image }), status: 409 },
      { body: this.event(`${prefix}_ACTIVATED`, `never-${this.n}`), status: 409 },
      { body: { ...this.event(`${prefix}_ACTIVATED`, existing.id), expectedVersion: existing.version + 5 }, status: 409 },
      { body: this.event('RULE_CREATED', `bad-${this.n}`, { after: { name: 'no expression' } }), status: 400 },
    ];
  }

  private one(): object {
    const i = this.n++;
    const live = this.resources.filter((r) => r.status !== 'DELETED');
    if (i % 4 === 1 && live.length > 0) return this.step(live[(i * 7919) % live.length]!, i);
    if (i % 4 === 2 || live.length < 5) return this.create(i % 3 === 0 ? 'LIMIT' : 'RULE', i);
    if (i % 8 === 3) return customEvent(`company-${i % 13}`);
    const rules = this.resources.filter((r) => r.type === 'RULE').map((r) => r.id);
    const validation = transactionValidated(`tx-${i}`, (['ALLOW', 'DENY', 'REVIEW'] as const)[i % 3]);
    return { ...validation, context: { request: { accountId: `acc-${i % 17}`, amount: `${i}.50` }, response: { matchedRuleIds: rules.slice(i % 5, (i % 5) + 2) } } };
  }

  private create(type: 'RULE' | 'LIMIT', i: number): object {
    const id = `${type.toLowerCase()}-${i}`;
    const image = type === 'RULE'
      ? { name: `rule ${i}`, expression: `amount > ${i}`, action: (['ALLOW', 'DENY', 'REVIEW'] as const)[i % 3], scopes: [{ segmentId: `seg-${i % 4}` }] }
      : { limitType: 'DAILY', maxAmount: `${i}.00`, currency: 'BRL', scopes: [`acc-${i % 17}`] };
    this.resources.push({ type, id, status: 'DRAFT', image, version: 1 });
    return this.event(`${type}_CREATED`, id, { after: image });
  }

  private step(resource: Resource, i: number): object {
    const { type, id } = resource;
    const expectedVersion = i % 5 === 0 ? { expectedVersion: resource.version } : {};
    resource.version += 1;
    if (i % 9 === 0) return this.event(`${type}_ACTIVATED`, id, {}, 'FAILED', expectedVersion);
    if (i % 31 === 0) {
      resource.status = 'DELETED';
      return this.event(`${type}_DELETED`, id, { before: resource.image }, 'SUCCESS', expectedVersion);
    }
    if (resource.status === 'ACTIVE' && i % 3 === 0) {
      resource.status = 'INACTIVE';
      return this.event(`${type}_DEACTIVATED`, id, {}, 'SUCCESS', expectedVersion);
    }
    if (resource.status !== 'ACTIVE' && i % 2 === 0) {
      resource.status = 'ACTIVE';
      return this.event(`${type}_ACTIVATED`, id, {}, 'SUCCESS', expectedVersion);
    }
    const before = resource.image;
    resource.image = type === 'RULE' ? { ...before, expression: `amount > ${i}` } : { ...before, maxAmount: `${i}.25` };
    return this.event(`${type}_UPDATED`, id, { before, after: resource.image }, 'SUCCESS', expectedVersion);
  }

  private event(eventType: string, resourceId: string, context: object = {}, result = 'SUCCESS', extra: object = {}): object {
    return { eventType, resourceId, result, actor, context, metadata: { n: this.n }, ...extra };
  }
}
