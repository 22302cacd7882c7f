import { Module } from '@nestjs/common';
import { IntegrityScrubModule } from '../platform/integrity-scrub/integrity-scrub.module.js';
import { StorageModule } from '../platform/storage/storage.module.js';
import { GetIntegrityFindingsHandler } from './get-integrity-findings/get-integrity-findings.handler.js';
import { GetIntegrityFindingsHttpController } from './get-integrity-findings/get-integrity-findings.http.controller.js';
import { ListProjectionsHandler } from './list-projections/list-projections.handler.js';
import { ListProjectionsHttpController } from './list-projections/list-projections.http.controller.js';
import { RebuildProjectionHandler } from './rebuild-projection/rebuild-projection.handler.js';
import { RebuildProjectionHttpController } from './rebuild-projection/rebuild-projection.http.controller.js';

/** Read-model status and rebuilds, the scrubber's findings. Controllers in route order. */
export const ADMIN_CONTROLLERS = [
  ListProjectionsHttpController,
  RebuildProjectionHttpController,
  GetIntegrityFindingsHttpController,
];

export const ADMIN_HANDLERS = [ListProjectionsHandler, RebuildProjectionHandler, GetIntegrityFindingsHandler];

@Module({
  imports: [StorageModule, IntegrityScrubModule],
  controllers: ADMIN_CONTROLLERS,
  providers: ADMIN_HANDLERS,
})
export class AdminModule {}
