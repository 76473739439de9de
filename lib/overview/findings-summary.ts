import { SEVERITY_ORDER, type Finding, type Severity } from "@/lib/detections/types";
import { ruleById } from "@/lib/detections/rules";
import { principalOf } from "@/lib/events/access-denied";
import type { EventRef } from "@/lib/events/event-ref";
import type { TrailEvent } from "@/lib/events/trail-event";

/** How many samples of each rule's events the Overview links to. */
const SAMPLE_LIMIT = 5;

export interface RuleFindings {
  ruleId: string;
  severity: Severity;
  /** Events the rule flagged. */
  count: number;
  first: string;
  last: string;
  /** Who made the flagged calls, busiest first (at most three). */
  principals: { value: string; count: number }[];
  /** The newest flagged events, to open directly. */
  samples: EventRef[];
}

/** Findings grouped by rule, most severe first, then by count. */
export function summarizeFindings(
  events: readonly TrailEvent[],
  findings: ReadonlyMap<string, Finding[]>,
): RuleFindings[] {
  const groups = new Map<string, { events: TrailEvent[]; severity: Severity }>();
  for (const event of events) {
    for (const finding of findings.get(event.id) ?? []) {
      const group = groups.get(finding.ruleId);
      if (group) group.events.push(event);
      else groups.set(finding.ruleId, { events: [event], severity: finding.severity });
    }
  }
  const summaries: RuleFindings[] = [];
  for (const [ruleId, group] of groups) {
    if (!ruleById(ruleId)) continue;
    const sorted = group.events.toSorted((a, b) =>
      a.time < b.time ? 1 : a.time > b.time ? -1 : 0,
    );
    const principals = new Map<string, number>();
    for (const event of sorted) {
      const who = principalOf(event) ?? "(unknown)";
      principals.set(who, (principals.get(who) ?? 0) + 1);
    }
    summaries.push({
      ruleId,
      severity: group.severity,
      count: sorted.length,
      first: sorted.at(-1)!.time,
      last: sorted[0].time,
      principals: [...principals]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([value, count]) => ({ value, count })),
      samples: sorted.slice(0, SAMPLE_LIMIT).map((e) => ({ region: e.region, id: e.id })),
    });
  }
  return summaries.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      b.count - a.count ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
