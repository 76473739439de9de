import { ruleById } from "@/lib/detections/rules";
import { describeCondition } from "@/lib/events/conditions";
import type { EventsView } from "@/lib/view/events-view";

import { describeTimeRange } from "./describe-time-range";

/** The regions a view names, in words: "us-east-1", "us-east-1 and eu-west-1", "all regions". */
export function describeRegions(
  view: Pick<EventsView, "regions">,
  regions: readonly string[],
): string {
  if (view.regions === "all") return "all regions";
  const list = view.regions ?? [regions[0]];
  if (list.length <= 2) return list.join(" and ");
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/**
 * What an effective view lists, as a phrase to follow "events": "with Event name =
 * ConsoleLogin, failures only, in the last hour in us-east-1".
 */
export function describeView(view: EventsView, regions: readonly string[]): string {
  const conditions = view.f.map(describeCondition);
  if (view.failures) conditions.push("failures only");
  if (view.flagged === "any") conditions.push("flagged only");
  else if (view.flagged)
    conditions.push(`flagged by ${ruleById(view.flagged)?.title ?? view.flagged}`);
  const filter = conditions.length > 0 ? `with ${conditions.join(", ")} ` : "";
  return `${filter}${describeTimeRange(view)} in ${describeRegions(view, regions)}`;
}
