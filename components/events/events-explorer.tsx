"use client";

import { useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";
import { useMemo, useState } from "react";

import { ActivityTimeline } from "@/components/events-timeline/activity-timeline";
import { ViewProblems } from "@/components/view-problems";
import { EventsFilterBar } from "@/components/events-filters/events-filter-bar";
import { EventsTable } from "@/components/events-table/events-table";
import { ResultsToolbar } from "@/components/events-table/results-toolbar";
import { evaluateDetections } from "@/lib/detections/evaluate";
import type { EventRef } from "@/lib/events/event-ref";
import { keepFlagged } from "@/lib/events/flagged";
import { describeView } from "@/lib/format/describe-view";
import {
  effectiveEventsView,
  eventsViewParsers,
  eventsViewProblems,
  serializeEventsView,
  type EventsView,
} from "@/lib/view/events-view";

import { CompareLink } from "./compare-link";
import { EventDetailSheet } from "./event-detail-sheet";
import { EventsResults } from "./events-results";
import { useEventScan } from "./use-event-scan";

/** The parts of the view that change what is listed, as opposed to how it is shown. */
type ListedPatch = Partial<
  Pick<EventsView, "regions" | "f" | "failures" | "flagged" | "range" | "from" | "to">
>;

/**
 * The Events page's state lives in the URL. Updates are shallow: the server rendered the
 * first view, and from then on the client streams scans from /api/events/scan, cancelling
 * the one in flight when the view changes.
 */
export function EventsExplorer({ regions }: { regions: string[] }) {
  const [urlView, setUrlView] = useQueryStates(eventsViewParsers, {
    shallow: true,
    history: "push",
  });
  const searchParams = useSearchParams();
  const view = effectiveEventsView(urlView, regions);
  const scan = useEventScan(view);
  // Rules run over the loaded events together: a burst is only seen among its neighbours.
  const findings = useMemo(() => evaluateDetections(scan.events), [scan.events]);
  const flagged = view.flagged;
  const events = useMemo(
    () => (flagged ? keepFlagged(scan.events, flagged, findings) : scan.events),
    [scan.events, flagged, findings],
  );
  const [selected, setSelected] = useState<EventRef[]>([]);

  // Any change to what is listed closes the open event, which may not be among the new rows.
  const changeView = (patch: Partial<EventsView>) => {
    const listedChange = (Object.keys(patch) as (keyof EventsView)[]).some((key) =>
      ["regions", "f", "failures", "flagged", "range", "from", "to"].includes(key),
    );
    void setUrlView(listedChange ? { ...(patch as ListedPatch), event: null } : patch, {
      // How rows are shown is not worth a Back step; what is listed is.
      history: listedChange ? "push" : "replace",
    });
  };
  const zoomTo = ({ from, to }: { from: Date; to: Date }) =>
    void setUrlView({ from, to, event: null }, { history: "push" });
  const label = `Events ${describeView(view, regions)}`;

  return (
    <div className="flex flex-col gap-4">
      <ViewProblems problems={eventsViewProblems(searchParams, regions)} />
      <EventsFilterBar
        view={view}
        regions={regions}
        events={scan.events}
        resolvedRange={scan.state ? { start: scan.state.startTime, end: scan.state.endTime } : null}
        onViewChange={changeView}
      />
      <p className="text-xs text-muted-foreground">
        IAM, STS and AWS sign-in events are global: CloudTrail records them in us-east-1.
      </p>
      <EventsResults view={view} regions={regions} scan={scan} onViewChange={changeView}>
        {flagged && (
          <p role="status" className="text-sm text-muted-foreground">
            {events.length.toLocaleString("en-US")} of the{" "}
            {scan.events.length.toLocaleString("en-US")} events loaded are flagged. A burst rule
            flags an event only beside the others of its burst, so the count can grow as the scan
            reads on.
          </p>
        )}
        {scan.state && (
          <ActivityTimeline
            events={events}
            windowStart={scan.state.startTime}
            windowEnd={scan.state.endTime}
            regions={scan.state.regions.filter((r) => r.status !== "failed").length}
            tz={view.tz}
            onRangeChange={zoomTo}
          />
        )}
        <ResultsToolbar
          events={events}
          columns={view.cols}
          onColumnsChange={(cols) => changeView({ cols })}
          compareSlot={<CompareLink refs={selected} />}
        />
        <EventsTable
          events={events}
          findings={findings}
          columns={view.cols}
          sort={view.sort}
          order={view.order}
          timeZone={view.tz}
          label={label}
          openEvent={view.event}
          eventHref={(ref) => serializeEventsView(searchParams, { event: ref })}
          onOpenEvent={(ref) => void setUrlView({ event: ref })}
          onSortChange={(sort, order) => changeView({ sort, order })}
          onColumnsChange={(cols) => changeView({ cols })}
          selected={selected}
          onSelectedChange={setSelected}
        />
      </EventsResults>
      <EventDetailSheet
        openEvent={view.event}
        timeZone={view.tz}
        loadedEvents={scan.events}
        findings={findings}
        onClose={() => void setUrlView({ event: null })}
      />
    </div>
  );
}
