import type { FastifyReply, FastifyRequest } from 'fastify';
import { EventStoreDiskFullError } from '#event-store';
import { DiskFullWarnings } from './disk-full-warnings.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { toProblemDetails } from './to-problem-details.js';

const diskFull = new DiskFullWarnings();

const problemCodes = new WeakMap<FastifyReply, string>();

/** The problem `code` a reply was answered with (for the request log line), if it was. */
export function problemCodeOf(reply: FastifyReply): string | undefined {
  return problemCodes.get(reply);
}

/**
 * Answers `error` as problem+json on `reply` (unless a response already went out). Unexpected
 * errors are logged in full — message, stack, cause — on the request's logger (which carries the
 * request id), and only there; a full disk is logged as a warning (DiskFullWarnings).
 */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { method, headers: requestHeaders, params, query, body } = request;
  const { problem, headers, unexpected } = toProblemDetails(error, request.url, String(request.id), { method, headers: requestHeaders, params, query, body });
  if (unexpected) request.log.error({ err: error }, 'unexpected error');
  if (error instanceof EventStoreDiskFullError) diskFull.record(request.log);
  if (reply.sent) return;
  problemCodes.set(reply, problem.code);
  reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
