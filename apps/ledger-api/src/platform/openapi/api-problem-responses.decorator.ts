import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problem-details/problem-details.js';
import { PROBLEM_DESCRIPTIONS, PROBLEM_HEADERS, problemExample, type ProblemStatus } from './problem-examples.js';
import { ProblemResponseDto } from './problem.response.dto.js';

/** A problem answer an operation can give: a status, or a status with what it means there. */
export type ProblemAnswerSpec = ProblemStatus | { status: ProblemStatus; description?: string; code?: string; violation?: { path: string; message: string } };

/** Placeholder the document builder replaces with the operation's path (a decorator cannot know it). */
export const PROBLEM_INSTANCE_PLACEHOLDER = '{instance}';

/**
 * Documents the problem+json answers (RFC 9457, schema `Problem`) an operation can give, one per
 * status, each with an example. Only documentation: what the service answers is the global
 * filter's (platform/problem-details); list the statuses the operation's code can really reach.
 */
export function ApiProblemResponses(...answers: ProblemAnswerSpec[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemResponseDto),
    ...answers.map((answer) => {
      const { status, description, code, violation } = typeof answer === 'number' ? { status: answer } : answer;
      return ApiResponse({
        status,
        description: description ?? PROBLEM_DESCRIPTIONS[status],
        headers: PROBLEM_HEADERS[status],
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: { $ref: getSchemaPath(ProblemResponseDto) },
            example: problemExample(status, PROBLEM_INSTANCE_PLACEHOLDER, code, violation),
          },
        },
      });
    }),
  );
}
