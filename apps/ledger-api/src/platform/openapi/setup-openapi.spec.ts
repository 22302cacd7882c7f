import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { Public, RequireAnyScope, RequireScopes } from '../auth/index.js';
import { startPlatformTestApp, type PlatformTestApp } from '../http-platform/testing/platform-test-app.js';
import { ApiProblemResponses } from './api-problem-responses.decorator.js';

class CreateWidgetRequest {
  @ApiProperty({ example: 'blue' })
  @IsString()
  colour: string;
}

class WidgetResponse {
  @ApiProperty({ type: 'string', nullable: true })
  colour: string | null;
}

@Controller('v1/widgets')
class WidgetsHttpController {
  @Post()
  @RequireScopes('audit:write')
  @ApiCreatedResponse({ type: WidgetResponse })
  @ApiProblemResponses(400, { status: 409, description: 'Already painted', code: 'LEDGER.IDEMPOTENCY_KEY_REUSED' })
  create(@Body() body: CreateWidgetRequest) {
    return body;
  }

  @Get(':widgetId')
  @RequireAnyScope('ops:admin', 'ledger:admin')
  @ApiOkResponse({ type: WidgetResponse })
  get() {
    return {};
  }

  @Get()
  @Public()
  list() {
    return [];
  }
}

describe('the OpenAPI document (setupOpenApi, via configureLedgerApp)', () => {
  let test: PlatformTestApp;
  let document: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed JSON document
  beforeAll(async () => {
    test = await startPlatformTestApp({ controllers: [WidgetsHttpController] });
    document = (await test.request('GET', '/v1/openapi.json')).json;
  });
  afterAll(() => test.close());

  it('is served at /v1/openapi.json without an API key, as OpenAPI 3.1 generated from routes and DTOs, with a relative server', async () => {
    const response = await test.request('GET', '/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/widgets', '/v1/widgets/{widgetId}']));
    expect(document.components.schemas.CreateWidgetRequest.properties.colour).toMatchObject({ type: 'string', example: 'blue' });
  });

  it('writes nullable members the 3.1 way (a type list with "null"), never with `nullable`', () => {
    expect(document.components.schemas.WidgetResponse.properties.colour).toEqual({ type: ['string', 'null'] });
    expect(JSON.stringify(document)).not.toContain('"nullable"');
  });

  it('declares the X-API-Key and bearer schemes, and requires one of them only where a key is required, with its scopes', () => {
    expect(document.components.securitySchemes['api-key']).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toBeUndefined();
    expect(document.paths['/v1/widgets'].post.security).toEqual([{ 'api-key': ['audit:write'] }, { bearer: ['audit:write'] }]);
    expect(document.paths['/v1/widgets/{widgetId}'].get.security).toEqual([
      { 'api-key': ['ops:admin'] },
      { bearer: ['ops:admin'] },
      { 'api-key': ['ledger:admin'] },
      { bearer: ['ledger:admin'] },
    ]);
    expect(document.paths['/v1/widgets'].get.security).toEqual([]);
  });

  it('describes each problem answer as application/problem+json with the Problem schema and an example for that path', () => {
    const responses = document.paths['/v1/widgets'].post.responses;
    expect(Object.keys(responses).sort()).toEqual(['201', '400', '401', '403', '409', '429', '503']);
    for (const status of ['400', '401', '403', '409', '429', '503']) {
      expect(Object.keys(responses[status].content)).toEqual(['application/problem+json']);
      expect(responses[status].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
      expect(responses[status].content['application/problem+json'].example).toMatchObject({ status: Number(status), instance: '/v1/widgets' });
    }
    expect(responses['409'].description).toBe('Already painted');
    expect(responses['409'].content['application/problem+json'].example.code).toBe('LEDGER.IDEMPOTENCY_KEY_REUSED');
    expect(responses['400'].content['application/problem+json'].example.errors).toEqual([{ path: 'limit', message: 'limit must be at most 1000' }]);
    // The public route has no guard answers, only the closing gate's.
    expect(Object.keys(document.paths['/v1/widgets'].get.responses).sort()).toEqual(['200', '503']);
  });

  it('has one Problem schema: RFC 9457 members, code, requestId and errors[] items with path and message', () => {
    const { Problem, ProblemViolation } = document.components.schemas;
    expect(Object.keys(Problem.properties)).toEqual(['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId', 'errors']);
    expect(Problem.required).toEqual(['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId']);
    expect(Problem.properties.errors).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/ProblemViolation' } });
    expect(ProblemViolation.required).toEqual(['path', 'message']);
  });

  it('names operations after their controller', () => {
    expect(document.paths['/v1/widgets'].post.operationId).toBe('widgets');
  });
});
