import type { ActivitySnapshot } from "@/lib/activity/activity-aggregator";
import { applyScanMessage, type ScanMessage, type ScanState } from "@/lib/events/event-scan";

import type { RuleFindings } from "./findings-summary";

/**
 * The Overview reads a view's events like the Events page does, but the server keeps
 * them: it sends the scan's progress (pages carry counts, not events) and, every second
 * or so and at the end, a snapshot of the charts and findings so far.
 */
export type OverviewMessage =
  ScanMessage | { type: "snapshot"; activity: ActivitySnapshot; findings: RuleFindings[] };

export interface OverviewState {
  /** Progress, as the Events page keeps it; `events` stays empty. */
  scan?: ScanState;
  activity?: ActivitySnapshot;
  findings?: RuleFindings[];
}

export function applyOverviewMessage(
  state: OverviewState,
  message: OverviewMessage,
): OverviewState {
  if (message.type === "snapshot") {
    return { ...state, activity: message.activity, findings: message.findings };
  }
  // A new run starts from nothing: the server aggregates each run from its beginning.
  if (message.type === "start") return { scan: applyScanMessage(undefined, message) };
  return { ...state, scan: applyScanMessage(state.scan, message) };
}
