import { errorCodes } from 'fastify';
import { IJsonError, parseIJson } from '#integrity';
import { DuplicateMemberNameError, formatJsonPath, InvalidUtf8BodyError } from '#ledger-domain';

/**
 * Parses a JSON request body strictly, as I-JSON (parseIJson): bytes that are not UTF-8 and
 * member names given twice are refused, so the record the ledger stores is the one the client sent.
 * @throws InvalidUtf8BodyError naming the member that holds the first bad byte;
 *   DuplicateMemberNameError naming the repeated member; otherwise the errors Fastify's own
 *   parser raises (FST_ERR_CTP_EMPTY_JSON_BODY; FST_ERR_CTP_INVALID_JSON_BODY, also for prototype poisoning).
 */
export function parseJsonBody(body: Buffer): unknown {
  try {
    return parseIJson(body);
  } catch (error) {
    if (!(error instanceof IJsonError)) throw error;
    const path = formatJsonPath('', error.steps);
    switch (error.reason) {
      case 'not-utf8':
        return refuse(new InvalidUtf8BodyError(path, error.byteOffset!, body[error.byteOffset!]!));
      case 'duplicate-name':
        return refuse(new DuplicateMemberNameError(path));
      case 'empty':
        return refuse(new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY());
      case 'not-json':
      case 'prototype-poisoning':
        return refuse(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY());
      default:
        return refuse(error.reason satisfies never);
    }
  }
}

function refuse(error: unknown): never {
  throw error;
}
