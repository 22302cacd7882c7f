import { Module } from '@nestjs/common';
import { StorageModule } from '../platform/storage/storage.module.js';
import { VerifyLedgerHandler } from './verify-ledger/verify-ledger.handler.js';
import { VerifyLedgerHttpController } from './verify-ledger/verify-ledger.http.controller.js';
import { GetLedgerHandler } from './get-ledger/get-ledger.handler.js';
import { GetLedgerHttpController } from './get-ledger/get-ledger.http.controller.js';

/** The caller's ledger: its head and ranged verification. Controllers in route order. */
export const LEDGER_CONTROLLERS = [
  VerifyLedgerHttpController,
  GetLedgerHttpController,
];

export const LEDGER_HANDLERS = [VerifyLedgerHandler, GetLedgerHandler];

@Module({
  imports: [StorageModule],
  controllers: LEDGER_CONTROLLERS,
  providers: LEDGER_HANDLERS,
})
export class LedgerModule {}
