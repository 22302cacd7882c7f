import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireScopes } from '../../platform/auth/index.js';
import { ListProjectionsQuery, type ProjectionsAnswer } from './list-projections.query.js';
import { ListProjectionsResponseDto } from './list-projections.response.dto.js';

@ApiTags('admin')
@Controller('v1/admin/projections')
export class ListProjectionsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('ops:admin')
  @ApiOperation({ summary: "Each read model's live generation, checkpoint, lag and last rebuild" })
  @ApiOkResponse({ type: ListProjectionsResponseDto, description: 'Every read model' })
  list(): Promise<ProjectionsAnswer> {
    return this.queries.execute(new ListProjectionsQuery());
  }
}
