import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageResponseDto } from '../../platform/openapi/page.response.dto.js';
import { ValidationResponseDto } from './validation.response.dto.js';

/** Answer of GET /v1/validations (ValidationListAnswer). */
@ApiSchema({ name: 'ValidationPage' })
export class ListValidationsResponseDto extends PageResponseDto {
  @ApiProperty({ type: () => [ValidationResponseDto] })
  validations!: ValidationResponseDto[];
}
