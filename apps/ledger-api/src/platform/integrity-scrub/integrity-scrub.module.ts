import { Module } from '@nestjs/common';
import type { ServiceStorage } from '#ledger-storage';
import { IntegrityFindings } from '#read-models';
import { LEDGER_STORAGE, StorageModule } from '../storage/storage.module.js';
import { IntegrityScrub } from './integrity-scrub.js';

/** The background scrubber and the findings it records (read on this thread's read-model connection). */
@Module({
  imports: [StorageModule],
  providers: [IntegrityScrub, { provide: IntegrityFindings, inject: [LEDGER_STORAGE], useFactory: (storage: ServiceStorage) => new IntegrityFindings(storage.readStore.db) }],
  exports: [IntegrityFindings],
})
export class IntegrityScrubModule {}
