import type { LoggerService } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { toProblemDetails } from './to-problem-details.js';

/** Answers `error` as problem+json on `reply`; unexpected errors are logged in full, server-side only. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, log: LoggerService): void {
  const { problem, headers, unexpected } = toProblemDetails(error, request.url, String(request.id));
  if (unexpected) log.error({ err: error, requestId: request.id }, 'unexpected error');
  if (reply.sent) return;
  reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
