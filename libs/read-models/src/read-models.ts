import { AUDIT_EVENT_INDEX, AuditEventIndex } from './audit-event-index/audit-event-index.js';
import { LEDGER_HEADS, LedgerHeads } from './ledger-heads/ledger-heads.js';
import { LEDGER_PROJECTION_CATALOG } from './ledger-projections.js';
import { MERKLE_TILES, MerkleTiles } from './merkle-tree/merkle-tiles.js';
import type { ReadStore } from './projector/read-store.js';
import { ProjectionGenerations } from './rebuild/projection-generations.js';
import { RESOURCE_LIFECYCLES, ResourceLifecycles } from './resource-lifecycles/resource-lifecycles.js';
import { VALIDATION_INDEX, ValidationIndex } from './validation-index/validation-index.js';

/**
 * The live read models queries are answered from (DI token), each at its live generation. A
 * rebuild swaps one for a freshly built generation ({@link use}); queries ask this holder each
 * time, so they follow the swap.
 */
export class ReadModels {
  auditEvents!: AuditEventIndex;
  ledgerHeads!: LedgerHeads;
  lifecycles!: ResourceLifecycles;
  merkleTiles!: MerkleTiles;
  validations!: ValidationIndex;

  constructor(readonly readStore: ReadStore) {
    const live = new ProjectionGenerations(readStore.db).live(LEDGER_PROJECTION_CATALOG.map((entry) => entry.name));
    for (const [name, generation] of live) this.use(name, generation);
  }

  /**
   * Answers from generation `generation` of the read model `name` from now on.
   * @throws Error for a name that is not a read model's.
   */
  use(name: string, generation: number): void {
    switch (name) {
      case AUDIT_EVENT_INDEX:
        this.auditEvents = new AuditEventIndex(this.readStore, { generation });
        return;
      case LEDGER_HEADS:
        this.ledgerHeads = new LedgerHeads(this.readStore, { generation });
        return;
      case MERKLE_TILES:
        this.merkleTiles = new MerkleTiles(this.readStore, { generation });
        return;
      case RESOURCE_LIFECYCLES:
        this.lifecycles = new ResourceLifecycles(this.readStore, { generation });
        return;
      case VALIDATION_INDEX:
        this.validations = new ValidationIndex(this.readStore, { generation });
        return;
      default:
        throw new Error(`no read model is named ${name}`);
    }
  }
}
