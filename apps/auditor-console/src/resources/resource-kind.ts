/** Rules and limits share one shape of API (`/v1/rules`, `/v1/limits`); this names which. */
export type ResourceKind = 'rules' | 'limits';

export const KIND_LABEL: Record<ResourceKind, { plural: string; singular: string; idMember: string }> = {
  rules: { plural: 'Rules', singular: 'Rule', idMember: 'ruleId' },
  limits: { plural: 'Limits', singular: 'Limit', idMember: 'limitId' },
};

/** One entry of GET /v1/{kind}/{id}/history: the resource's version after the event, the paths it changed, the event. */
export interface HistoryEntry {
  version: number;
  changedPaths: string[];
  auditEvent: { sequence: number; eventId: string; eventType: string; createdAt: string };
}
