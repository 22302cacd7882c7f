import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './send-problem.js';

/**
 * The one global exception filter: every error — domain errors, HTTP exceptions, the validation
 * pipe's, Fastify's body-parsing errors, unknown routes, anything unexpected — leaves as RFC 9457
 * problem+json (see toProblemDetails for the mapping).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}
