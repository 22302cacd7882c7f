import type { FastifyReply, FastifyRequest } from 'fastify';
import { EventStoreDiskFullError } from '#event-store';
import { DiskFullWarnings } from './disk-full-warnings.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { toProblemDetails } from './to-problem-details.js';

const diskFull = new DiskFullWarnings();

/**
 * Answers `error` as problem+json on `reply` (unless a response already went out). Unexpected
 * errors are logged in full — message, stack, cause — on the request's logger (which carries the
 * request id), and only there; a full disk is logged as a warning (DiskFullWarnings).
 */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, headers, unexpected } = toProblemDetails(error, request.url, String(request.id));
  if (unexpected) request.log.error({ err: error }, 'unexpected error');
  if (error instanceof EventStoreDiskFullError) diskFull.record(request.log);
  if (reply.sent) return;
  reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
