import type { EventsView } from "@/lib/view/events-view";
import { LOOKUP_ATTRIBUTE_LABELS } from "@/lib/view/lookup-attributes";

import { describeTimeRange } from "./describe-time-range";

/** What an effective view lists, as a phrase to follow "events": "with Event name “X” in the last hour in us-east-1". */
export function describeView(view: EventsView): string {
  const filter =
    view.attr && view.value ? `with ${LOOKUP_ATTRIBUTE_LABELS[view.attr]} “${view.value}” ` : "";
  return `${filter}${describeTimeRange(view)} in ${view.region}`;
}
