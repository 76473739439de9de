/**
 * The app's own shape of one CloudTrail event, built once from LookupEvents' output (see
 * `parse-event.ts`) so components never read raw SDK shapes. Safe for the client bundle.
 */
export interface TrailEvent {
  id: string;
  name: string;
  /** ISO 8601 in UTC. */
  time: string;
  source: string;
  region: string;
  username?: string;
  readOnly?: boolean;
  accessKeyId?: string;
  resources: { type: string; name: string }[];
  identityType?: string;
  identityArn?: string;
  sourceIp?: string;
  userAgent?: string;
  errorCode?: string;
  errorMessage?: string;
  /** The full CloudTrail record, parsed; parts nested deeper than KEPT_DEPTH are cut (see record-depth.ts). */
  record: Record<string, unknown>;
  /** The record's JSON as CloudTrail gave it, kept only when `record` was cut, so copy and export give it whole. */
  recordText?: string;
}

export interface EventsPage {
  events: TrailEvent[];
  nextToken?: string;
  /** The absolute range the page was fetched for (epoch ms); a relative range is fixed at the first page. */
  startTime: number;
  endTime: number;
}
