import { cpus, totalmem } from 'node:os';

/** One line naming the machine, Node and the date, printed above the results table. */
export function describeMachine(now: Date = new Date()): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  return `${now.toISOString()} — ${model}, ${cores.length} cores, ${memory}, Node ${process.version} (${process.platform}/${process.arch})`;
}
