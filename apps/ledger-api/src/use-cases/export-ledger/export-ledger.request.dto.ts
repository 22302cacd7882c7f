import { SequenceRangeRequestDto } from '../../platform/http-platform/sequence-range-request.dto.js';

/** Query string of GET /v1/ledger/export. */
export class ExportLedgerRequestDto extends SequenceRangeRequestDto {}
