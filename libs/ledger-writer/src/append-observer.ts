/**
 * Told about every group commit (metrics, the projection worker). A port so the writer depends
 * on neither prom-client nor the read models.
 */
export abstract class AppendObserver {
  /** `events` (0 for a group of replays only) were committed, through store position `position`, in `seconds`. */
  abstract committed(ledgerId: string, events: number, seconds: number, position: number): void;
}
