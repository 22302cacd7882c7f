/** Told about every group commit (metrics). A port so the writer does not depend on prom-client. */
export abstract class AppendObserver {
  abstract committed(ledgerId: string, events: number, seconds: number): void;
}
