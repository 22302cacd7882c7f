import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ValidationResponseDto } from '../list-validations/validation.response.dto.js';

/** Answer of GET /v1/validations/{transactionId} (ValidationAnswer): the latest, and where the others are. */
@ApiSchema({ name: 'ValidationAnswer' })
export class GetValidationResponseDto extends ValidationResponseDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Every validation of the transaction in the ledger, this one included', example: 1 })
  validationCount!: number;

  @ApiProperty({ type: 'integer', isArray: true, description: 'The sequences of the others, oldest first', example: [] })
  earlierSequences!: number[];
}
