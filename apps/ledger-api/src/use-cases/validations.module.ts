import { Module } from '@nestjs/common';
import { StorageModule } from '../platform/storage/storage.module.js';
import { ListValidationsHandler } from './list-validations/list-validations.handler.js';
import { ListValidationsHttpController } from './list-validations/list-validations.http.controller.js';
import { GetValidationHandler } from './get-validation/get-validation.handler.js';
import { GetValidationHttpController } from './get-validation/get-validation.http.controller.js';
import { GetValidationContextHandler } from './get-validation-context/get-validation-context.handler.js';
import { GetValidationContextHttpController } from './get-validation-context/get-validation-context.http.controller.js';

/** Transaction validations and the rules and limits as they stood. Controllers in route order. */
export const VALIDATIONS_CONTROLLERS = [
  ListValidationsHttpController,
  GetValidationHttpController,
  GetValidationContextHttpController,
];

export const VALIDATIONS_HANDLERS = [ListValidationsHandler, GetValidationHandler, GetValidationContextHandler];

@Module({
  imports: [StorageModule],
  controllers: VALIDATIONS_CONTROLLERS,
  providers: VALIDATIONS_HANDLERS,
})
export class ValidationsModule {}
