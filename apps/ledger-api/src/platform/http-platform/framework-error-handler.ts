import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from '../problem-details/index.js';

const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; title: string }> = {
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'HTTP.URI_TOO_LONG', title: 'A path parameter is too long' },
  FST_ERR_BAD_URL: { status: 400, code: 'HTTP.MALFORMED_URL', title: 'The URL is not valid' },
};

/**
 * Errors Fastify's router raises before any route runs (a path parameter over the router's limit,
 * a URL that does not decode): answered as problem+json with the request's id, like every other
 * error, instead of Fastify's own JSON body.
 */
export function answerFrameworkError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const known = FRAMEWORK_ERRORS[error.code ?? ''] ?? { status: 400, code: 'HTTP.MALFORMED_REQUEST', title: 'The request is not valid' };
  const instance = (request.raw.url ?? '/').split('?')[0]!.slice(0, 256);
  const problem: ProblemDetails = {
    type: problemType(known.code),
    title: known.title,
    status: known.status,
    detail: known.title,
    instance,
    code: known.code,
    requestId: String(request.id),
  };
  void reply.code(known.status).header('content-type', PROBLEM_CONTENT_TYPE).header('x-request-id', String(request.id)).send(JSON.stringify(problem));
}
