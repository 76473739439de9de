import "server-only";

import { ActivityAggregator } from "@/lib/activity/activity-aggregator";
import { evaluateDetections, mightBeFlagged } from "@/lib/detections/evaluate";
import { keepFlagged } from "@/lib/events/flagged";
import type { TrailEvent } from "@/lib/events/trail-event";
import { summarizeFindings } from "@/lib/overview/findings-summary";
import type { OverviewMessage } from "@/lib/overview/overview-scan";

import { scanEvents, type ScanRequest } from "./scan-events";

/** How often a running scan sends fresh charts. */
const SNAPSHOT_INTERVAL_MS = 1_000;

/**
 * A view's scan for the Overview: every matching event is counted into the charts on the
 * server and dropped, so the browser receives a few kilobytes of series however many
 * events there are. Events a detection rule could flag are kept for the findings (and,
 * with "flagged only", the charts count only those a rule does flag, decided afresh for
 * each snapshot because a burst is only seen once its events are in).
 */
export async function* scanOverview(
  request: Omit<ScanRequest, "cursor" | "maxPagesPerRegion" | "matchLimit">,
  signal: AbortSignal,
  now: () => number = Date.now,
): AsyncGenerator<OverviewMessage> {
  const aggregator = new ActivityAggregator(request.startTime, request.endTime);
  const flaggedOnly = request.filter.flagged;
  const candidates: TrailEvent[] = [];
  let lastSnapshot = 0;

  const snapshot = (): OverviewMessage => {
    lastSnapshot = now();
    const findings = evaluateDetections(candidates);
    if (flaggedOnly) {
      const flagged = keepFlagged(candidates, flaggedOnly, findings);
      return {
        type: "snapshot",
        activity: new ActivityAggregator(request.startTime, request.endTime)
          .addAll(flagged)
          .snapshot(),
        findings: summarizeFindings(flagged, findings),
      };
    }
    return {
      type: "snapshot",
      activity: aggregator.snapshot(),
      findings: summarizeFindings(candidates, findings),
    };
  };

  for await (const message of scanEvents(
    { ...request, matchLimit: Number.POSITIVE_INFINITY },
    signal,
  )) {
    if (message.type !== "page") {
      if (message.type === "end") yield snapshot();
      yield message;
      continue;
    }
    for (const event of message.events) {
      if (!flaggedOnly) aggregator.add(event);
      // With "flagged only" the scan's filter has already kept just the candidates.
      if (flaggedOnly || mightBeFlagged(event)) candidates.push(event);
    }
    yield { ...message, events: [], matched: message.events.length };
    if (now() - lastSnapshot >= SNAPSHOT_INTERVAL_MS) yield snapshot();
  }
}
