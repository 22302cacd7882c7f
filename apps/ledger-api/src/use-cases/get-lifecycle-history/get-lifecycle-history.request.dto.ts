import { PageRequestDto } from '../../platform/http-platform/page-request.dto.js';

/** Query string of GET /v1/rules/{id}/history and /v1/limits/{id}/history. */
export class GetLifecycleHistoryRequestDto extends PageRequestDto {}
