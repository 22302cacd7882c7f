import { Module } from '@nestjs/common';
import { StorageModule } from '../platform/storage/storage.module.js';
import { ListLifecycleResourcesHandler } from './list-lifecycle-resources/list-lifecycle-resources.handler.js';
import { ListLifecycleResourcesHttpController } from './list-lifecycle-resources/list-lifecycle-resources.http.controller.js';
import { GetLifecycleHistoryHandler } from './get-lifecycle-history/get-lifecycle-history.handler.js';
import { GetLifecycleHistoryHttpController } from './get-lifecycle-history/get-lifecycle-history.http.controller.js';
import { GetLifecycleResourceHandler } from './get-lifecycle-resource/get-lifecycle-resource.handler.js';
import { GetLifecycleResourceHttpController } from './get-lifecycle-resource/get-lifecycle-resource.http.controller.js';

/** Rules and limits: current state, as-of state, history. Controllers in route order. */
export const LIFECYCLES_CONTROLLERS = [
  ListLifecycleResourcesHttpController,
  GetLifecycleHistoryHttpController,
  GetLifecycleResourceHttpController,
];

export const LIFECYCLES_HANDLERS = [ListLifecycleResourcesHandler, GetLifecycleHistoryHandler, GetLifecycleResourceHandler];

@Module({
  imports: [StorageModule],
  controllers: LIFECYCLES_CONTROLLERS,
  providers: LIFECYCLES_HANDLERS,
})
export class LifecyclesModule {}
