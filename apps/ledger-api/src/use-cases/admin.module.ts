import { Module } from '@nestjs/common';
import { StorageModule } from '../platform/storage/storage.module.js';
import { ListProjectionsHandler } from './list-projections/list-projections.handler.js';
import { ListProjectionsHttpController } from './list-projections/list-projections.http.controller.js';
import { RebuildProjectionHandler } from './rebuild-projection/rebuild-projection.handler.js';
import { RebuildProjectionHttpController } from './rebuild-projection/rebuild-projection.http.controller.js';

/** Read-model status and rebuilds. Controllers in route order. */
export const ADMIN_CONTROLLERS = [
  ListProjectionsHttpController,
  RebuildProjectionHttpController,
];

export const ADMIN_HANDLERS = [ListProjectionsHandler, RebuildProjectionHandler];

@Module({
  imports: [StorageModule],
  controllers: ADMIN_CONTROLLERS,
  providers: ADMIN_HANDLERS,
})
export class AdminModule {}
