import { Logger, Module } from '@nestjs/common';
import { CheckpointStore, loadCheckpointSigner, type LoadedCheckpointSigner } from '#transparency-log';
import type { ServiceStorage } from '#ledger-storage';
import { LedgerConfig } from '../config/index.js';
import { LEDGER_STORAGE, StorageModule } from '../storage/storage.module.js';
import { LedgerCheckpoints } from './ledger-checkpoints.js';

/** DI token of the checkpoint signing key as loaded (never logged; only its verifier key is printed). */
export const CHECKPOINT_SIGNER = Symbol('CHECKPOINT_SIGNER');

/** Signed checkpoints (libs/transparency-log) as Nest providers. */
@Module({
  imports: [StorageModule],
  providers: [
    {
      provide: CHECKPOINT_SIGNER,
      inject: [LedgerConfig],
      useFactory: async (config: LedgerConfig): Promise<LoadedCheckpointSigner> => {
        const loaded = await loadCheckpointSigner({ privateKey: config.checkpointSigningKey, origin: config.logOrigin, dataDir: config.dataDir });
        if (loaded.generated) {
          process.stdout.write(
            `\nCheckpoint signing key created (kept in the data directory, mode 0600). Verifier key — auditors pin this:\n\n  ${loaded.verifierKey}\n\n` +
              'Set LEDGER_CHECKPOINT_SIGNING_KEY for real deployments.\n\n',
          );
        } else {
          new Logger('Checkpoints').log(`checkpoints are signed by ${loaded.verifierKey}`);
        }
        return loaded;
      },
    },
    {
      provide: CheckpointStore,
      inject: [LEDGER_STORAGE],
      useFactory: (storage: ServiceStorage) => CheckpointStore.open({ filename: storage.location.checkpointsFile }),
    },
    {
      provide: LedgerCheckpoints,
      inject: [CheckpointStore, CHECKPOINT_SIGNER, LEDGER_STORAGE, LedgerConfig],
      useFactory: (store: CheckpointStore, signer: LoadedCheckpointSigner, storage: ServiceStorage, config: LedgerConfig) =>
        new LedgerCheckpoints(store, signer, storage.store, storage.readModels, storage.runner, config),
    },
  ],
  exports: [LedgerCheckpoints],
})
export class TransparencyLogModule {}
