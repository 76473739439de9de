import { evaluateDetections } from "@/lib/detections/evaluate";
import { DETECTION_RULES, ruleById } from "@/lib/detections/rules";
import type { DetectionRule, Finding } from "@/lib/detections/types";

import type { TrailEvent } from "./trail-event";

/** "Flagged only": by any rule, or by one rule (its id). */
export type FlaggedChoice = "any" | (string & {});

export function isFlaggedChoice(value: string): boolean {
  return value === "any" || ruleById(value) !== undefined;
}

function rulesFor(choice: FlaggedChoice): readonly DetectionRule[] {
  if (choice === "any") return DETECTION_RULES;
  const rule = ruleById(choice);
  return rule ? [rule] : [];
}

/**
 * Whether an event could be flagged, judged on the event alone. A burst rule flags an
 * event only next to others, which a scan reading page by page cannot know yet; so the
 * server keeps every burst candidate, and `keepFlagged` decides once the events are in.
 */
export function couldBeFlagged(event: TrailEvent, choice: FlaggedChoice): boolean {
  return rulesFor(choice).some((rule) =>
    rule.kind === "record" ? rule.match(event) : rule.candidate(event),
  );
}

/** The events that are flagged (by the chosen rule), given the events around them. */
export function keepFlagged(
  events: readonly TrailEvent[],
  choice: FlaggedChoice,
  findings: ReadonlyMap<string, Finding[]> = evaluateDetections(events),
): TrailEvent[] {
  return events.filter((event) =>
    (findings.get(event.id) ?? []).some((f) => choice === "any" || f.ruleId === choice),
  );
}
