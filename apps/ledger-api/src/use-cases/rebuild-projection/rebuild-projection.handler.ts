import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ProjectionAdmin } from '#read-models';
import { RebuildProjectionCommand, type RebuildStarted } from './rebuild-projection.command.js';

@CommandHandler(RebuildProjectionCommand)
export class RebuildProjectionHandler implements ICommandHandler<RebuildProjectionCommand> {
  constructor(private readonly admin: ProjectionAdmin) {}

  async execute(command: RebuildProjectionCommand): Promise<RebuildStarted> {
    const { generation } = await this.admin.rebuild(command.name);
    return { name: command.name, generation, state: 'running' };
  }
}
