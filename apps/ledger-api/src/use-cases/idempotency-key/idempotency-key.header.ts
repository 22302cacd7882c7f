import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { InvalidIdempotencyKeyError } from '#ledger-domain';

const MAX_LENGTH = 255;

/** Response header of an answer that replays an earlier request's outcome (nothing new was stored). */
export const IDEMPOTENCY_REPLAYED = 'idempotency-replayed';
/** Visible ASCII only: a key is compared byte for byte, so invisible or non-ASCII variants are refused. */
const ALLOWED = /^[\x21-\x7e]+$/;

/** Reads and checks the `Idempotency-Key` header; undefined when absent. */
export function parseIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new InvalidIdempotencyKeyError('Idempotency-Key must be sent once');
  if (value.length === 0 || value.length > MAX_LENGTH || !ALLOWED.test(value)) {
    throw new InvalidIdempotencyKeyError(`Idempotency-Key must be 1..${MAX_LENGTH} visible ASCII characters`);
  }
  return value;
}

/** Parameter decorator: the request's checked Idempotency-Key, or undefined. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext) =>
  parseIdempotencyKey(context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key']),
);
