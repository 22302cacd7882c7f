import { Module } from '@nestjs/common';
import { loadConsoleAssets } from './console-assets.js';
import { CONSOLE_ASSETS, ConsoleHttpController } from './console.http.controller.js';

/** Serves the built auditor console (apps/auditor-console) at /console. */
@Module({
  controllers: [ConsoleHttpController],
  providers: [{ provide: CONSOLE_ASSETS, useFactory: () => loadConsoleAssets() }],
})
export class ConsoleModule {}
