import { PageRequestDto } from '../../platform/http-platform/page-request.dto.js';

/** Query string of GET /v1/ledger/checkpoints (newest first): `limit` and the `cursor` of the previous page. */
export class ListCheckpointsRequestDto extends PageRequestDto {}
