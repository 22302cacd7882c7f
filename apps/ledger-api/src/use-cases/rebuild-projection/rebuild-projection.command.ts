import { Command } from '@nestjs/cqrs';

export interface RebuildStarted {
  name: string;
  generation: number;
  state: 'running';
}

/** Rebuild one read model from the log into a new generation, swapped in once caught up. */
export class RebuildProjectionCommand extends Command<RebuildStarted> {
  constructor(readonly name: string) {
    super();
  }
}
