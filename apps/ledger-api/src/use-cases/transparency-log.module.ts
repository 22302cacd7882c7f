import { Module } from '@nestjs/common';
import { StorageModule } from '../platform/storage/storage.module.js';
import { TransparencyLogModule as CheckpointsModule } from '../platform/transparency-log/transparency-log.module.js';
import { ExportLedgerHandler } from './export-ledger/export-ledger.handler.js';
import { ExportLedgerHttpController } from './export-ledger/export-ledger.http.controller.js';
import { GetCheckpointKeyHttpController } from './get-checkpoint-key/get-checkpoint-key.http.controller.js';
import { GetCheckpointHandler } from './get-checkpoint/get-checkpoint.handler.js';
import { GetCheckpointHttpController } from './get-checkpoint/get-checkpoint.http.controller.js';
import { GetConsistencyProofHandler } from './get-consistency-proof/get-consistency-proof.handler.js';
import { GetConsistencyProofHttpController } from './get-consistency-proof/get-consistency-proof.http.controller.js';
import { GetInclusionProofHandler } from './get-inclusion-proof/get-inclusion-proof.handler.js';
import { GetInclusionProofHttpController } from './get-inclusion-proof/get-inclusion-proof.http.controller.js';
import { GetTlogTileHandler } from './get-tlog-tile/get-tlog-tile.handler.js';
import { GetTlogTileHttpController } from './get-tlog-tile/get-tlog-tile.http.controller.js';
import { ListCheckpointsHandler } from './list-checkpoints/list-checkpoints.handler.js';
import { ListCheckpointsHttpController } from './list-checkpoints/list-checkpoints.http.controller.js';

/** The verifiable log: signed checkpoints, inclusion and consistency proofs, tlog tiles, the export. */
export const TRANSPARENCY_LOG_CONTROLLERS = [
  GetCheckpointHttpController,
  GetCheckpointKeyHttpController,
  ListCheckpointsHttpController,
  GetConsistencyProofHttpController,
  GetTlogTileHttpController,
  ExportLedgerHttpController,
  GetInclusionProofHttpController,
];

export const TRANSPARENCY_LOG_HANDLERS = [
  GetCheckpointHandler,
  ListCheckpointsHandler,
  GetConsistencyProofHandler,
  GetTlogTileHandler,
  ExportLedgerHandler,
  GetInclusionProofHandler,
];

@Module({
  imports: [StorageModule, CheckpointsModule],
  controllers: TRANSPARENCY_LOG_CONTROLLERS,
  providers: TRANSPARENCY_LOG_HANDLERS,
})
export class TransparencyLogUseCasesModule {}
