import type { ImportSummary } from "@/lib/import/import-report";
import { serializeEventsView } from "@/lib/view/events-view";

/** A minute either side, so the first and last events are inside the view whatever its rounding. */
const PADDING_MS = 60_000;

/**
 * The Event history showing what an import read: its regions, its time span and, when the
 * files held one account, that account. Undefined when no record was read.
 */
export function importedEventsHref(
  summary: Pick<ImportSummary, "regions" | "accounts" | "firstEventTime" | "lastEventTime">,
): string | undefined {
  const { firstEventTime, lastEventTime, regions, accounts } = summary;
  if (firstEventTime === undefined || lastEventTime === undefined || regions.length === 0)
    return undefined;
  return serializeEventsView("/events", {
    regions,
    f: accounts.length === 1 ? [{ field: "recipientAccountId", value: accounts[0] }] : [],
    from: new Date(firstEventTime - PADDING_MS),
    to: new Date(lastEventTime + PADDING_MS),
  });
}

/**
 * Whether records of an import are older than the event history reaches (`historyStart`,
 * epoch ms; null for a store without a limit): "all" of them, "some", or "none".
 */
export function outsideHistory(
  summary: Pick<ImportSummary, "firstEventTime" | "lastEventTime">,
  historyStart: number | null,
): "all" | "some" | "none" {
  if (historyStart === null || summary.firstEventTime === undefined) return "none";
  if (summary.firstEventTime >= historyStart) return "none";
  return (summary.lastEventTime ?? summary.firstEventTime) < historyStart ? "all" : "some";
}
