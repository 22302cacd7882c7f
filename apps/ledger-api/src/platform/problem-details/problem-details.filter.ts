import { Catch, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MethodNotAllowedError } from './method-not-allowed.error.js';
import { sendProblem } from './send-problem.js';

/**
 * The one global exception filter: every error — domain errors, HTTP exceptions, the validation
 * pipe's, Fastify's body-parsing errors, unknown routes, anything unexpected — leaves as RFC 9457
 * problem+json (see toProblemDetails for the mapping).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  /** @param allowedMethodsAt the methods served at a path: a route miss there is a wrong method (405), not an unknown path. */
  constructor(private readonly allowedMethodsAt?: (path: string) => string[]) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    sendProblem(this.wrongMethod(error, request) ?? error, request, http.getResponse<FastifyReply>());
  }

  private wrongMethod(error: unknown, request: FastifyRequest): MethodNotAllowedError | undefined {
    // Nest answers a route miss with NotFoundException; our own 404s are domain errors.
    if (!(error instanceof NotFoundException) || !this.allowedMethodsAt) return undefined;
    const allowed = this.allowedMethodsAt(request.url.split('?')[0]!);
    return allowed.length > 0 && !allowed.includes(request.method) ? new MethodNotAllowedError(request.method, allowed) : undefined;
  }
}
