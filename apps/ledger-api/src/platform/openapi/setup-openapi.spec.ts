import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { RequireScopes } from '../auth/index.js';
import { startPlatformTestApp, type PlatformTestApp } from '../http-platform/testing/platform-test-app.js';

class CreateWidgetRequest {
  @ApiProperty({ example: 'blue' })
  @IsString()
  colour: string;
}

@Controller('v1/widgets')
class WidgetsHttpController {
  @Post()
  @RequireScopes('audit:write')
  create(@Body() body: CreateWidgetRequest) {
    return body;
  }

  @Get(':widgetId')
  @RequireScopes('audit:read')
  get() {
    return {};
  }
}

describe('the OpenAPI document (setupOpenApi, via configureLedgerApp)', () => {
  let test: PlatformTestApp;
  beforeAll(async () => {
    test = await startPlatformTestApp({ controllers: [WidgetsHttpController] });
  });
  afterAll(() => test.close());

  it('is served at /v1/openapi.json without an API key, as OpenAPI 3 generated from routes and DTOs', async () => {
    const response = await test.request('GET', '/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.json.openapi).toMatch(/^3\./);
    expect(Object.keys(response.json.paths)).toEqual(expect.arrayContaining(['/v1/widgets', '/v1/widgets/{widgetId}']));
    expect(response.json.components.schemas.CreateWidgetRequest.properties.colour).toMatchObject({ type: 'string', example: 'blue' });
  });

  it('declares the X-API-Key header scheme and requires it for every operation', async () => {
    const document = (await test.request('GET', '/v1/openapi.json')).json;
    expect(document.components.securitySchemes['api-key']).toEqual({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
    expect(document.components.securitySchemes['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ 'api-key': [] }, { bearer: [] }]);
  });
});
