import { HttpException } from '@nestjs/common';

export interface KnownFastifyError {
  status: number;
  code: string;
  title: string;
}

/** Errors Fastify raises before a handler runs, and what a client is told about them. */
const FASTIFY_ERRORS: Record<string, KnownFastifyError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'HTTP.PAYLOAD_TOO_LARGE', title: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'HTTP.UNSUPPORTED_MEDIA_TYPE', title: 'Send application/json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'HTTP.EMPTY_BODY', title: 'The request body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'HTTP.INVALID_JSON', title: 'The request body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'HTTP.INVALID_CONTENT_LENGTH', title: 'Content-Length does not match the body' },
};

/** What a client is told about an error Fastify raised while reading the request, if it is one. */
export function knownFastifyError(error: unknown): KnownFastifyError | undefined {
  const code = fastifyErrorCode(error);
  return code === undefined ? undefined : FASTIFY_ERRORS[code];
}

/**
 * The Fastify error behind `error`: Nest wraps Fastify's body-parsing errors in an HttpException
 * (original as `cause`, message kept); a malformed JSON body is a bare SyntaxError with status 400.
 */
function fastifyErrorCode(error: unknown): string | undefined {
  const inner = error instanceof HttpException && error.cause !== undefined ? error.cause : error;
  const code = (inner as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('FST_')) return code;
  if (inner instanceof SyntaxError) return 'FST_ERR_CTP_INVALID_JSON_BODY';
  if (!(error instanceof HttpException)) return undefined;
  const status = error.getStatus();
  const message = error.message;
  if (status === 413) return 'FST_ERR_CTP_BODY_TOO_LARGE';
  if (status === 415) return 'FST_ERR_CTP_INVALID_MEDIA_TYPE';
  if (status === 400 && /not valid JSON|Unexpected token|JSON/i.test(message)) return 'FST_ERR_CTP_INVALID_JSON_BODY';
  if (status === 400 && /cannot be empty|empty/i.test(message)) return 'FST_ERR_CTP_EMPTY_JSON_BODY';
  return undefined;
}
