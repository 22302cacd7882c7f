import { ApiProperty } from '@nestjs/swagger';

/** The paging members every listing answers beside its items: more to come, and where from. */
export abstract class PageResponseDto {
  @ApiProperty({ description: 'More items match beyond this page', example: false })
  hasMore!: boolean;

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last', example: null })
  nextCursor!: string | null;
}
