"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";

import { EventsEmptyState } from "@/components/events/events-empty-state";
import { RequestFailure } from "@/components/events/request-failure";
import { ScanRegions } from "@/components/events/scan-regions";
import { ViewProblems } from "@/components/view-problems";
import { EventsFilterBar } from "@/components/events-filters/events-filter-bar";
import { drillIntoBucket, drillIntoValue, withCondition } from "@/lib/activity/drill-down";
import { describeBasis } from "@/lib/activity/format-bucket";
import { describeView } from "@/lib/format/describe-view";
import {
  effectiveEventsView,
  listedPart,
  loadEventsView,
  serializeEventsView,
  type EventsView,
} from "@/lib/view/events-view";
import { overviewViewParsers, overviewViewProblems } from "@/lib/view/overview-view";

import { ActivityChart } from "./activity-chart";
import { FindingsPanel } from "./findings-panel";
import { OverviewProgress } from "./overview-progress";
import { OverviewSkeleton } from "./overview-skeleton";
import { TopList } from "./top-list";
import { useOverviewScan } from "./use-overview-scan";

const EVENTS_VIEW_DEFAULTS = loadEventsView({});

/**
 * The landing page: what happened in the view (the same URL view as the Events page),
 * as charts that grow while the server scans, and what the detection rules flagged.
 * Every chart drills down by adding its condition to the URL.
 */
export function OverviewExplorer({ regions }: { regions: string[] }) {
  const [urlView, setUrlView] = useQueryStates(overviewViewParsers, {
    shallow: true,
    history: "push",
  });
  const searchParams = useSearchParams();
  const view = effectiveEventsView({ ...EVENTS_VIEW_DEFAULTS, ...urlView }, regions);
  const overview = useOverviewScan(view);
  const { state, query, running } = overview;
  const changeView = (patch: Partial<EventsView>) => {
    const { regions, f, failures, flagged, range, from, to, tz } = { ...view, ...patch };
    void setUrlView({ regions, f, failures, flagged, range, from, to, tz });
  };
  const eventsHref = (patch: Partial<EventsView> = {}) =>
    `/events${serializeEventsView({ ...listedPart(view), tz: view.tz, ...patch })}`;

  const scan = state?.scan;
  const activity = state?.activity;
  let body;
  if (!scan && query.isError) {
    body = (
      <RequestFailure
        title="Could not read events"
        failure={query.error}
        onRetry={overview.rescan}
        retrying={query.isFetching}
      />
    );
  } else if (!scan || !activity) {
    body = <OverviewSkeleton />;
  } else if (scan.phase === "complete" && activity.total === 0) {
    // Nothing to chart. When every region failed, their errors above say why already.
    body = scan.regions.every((r) => r.status === "failed") ? null : (
      <EventsEmptyState view={view} regions={regions} onViewChange={changeView} />
    );
  } else {
    const basis = describeBasis(
      activity.total,
      { start: scan.startTime, end: scan.endTime },
      scan.regions.filter((r) => r.status !== "failed").length,
      view.tz,
    );
    const drill = (patch: Partial<EventsView> | null) => patch && changeView(patch);
    const topProps = (title: string, valueLabel: string, colorIndex: number, empty: string) => ({
      title,
      valueLabel,
      colorIndex,
      empty,
      onDrill: (condition: Parameters<typeof withCondition>[1]) =>
        drill(withCondition(view, condition)),
    });
    body = (
      <div className="flex flex-col gap-4">
        <ActivityChart
          activity={activity}
          basis={basis}
          dimension={urlView.by}
          tz={view.tz}
          onDimensionChange={(by) => void setUrlView({ by }, { history: "replace" })}
          onDrill={(value) => drill(drillIntoValue(view, urlView.by, value))}
          onZoom={(first, last) => {
            const a = drillIntoBucket(activity.layout, first);
            const b = drillIntoBucket(activity.layout, last);
            changeView({ from: a.from, to: b.to });
          }}
        />
        <FindingsPanel
          findings={state.findings ?? []}
          tz={view.tz}
          partial={scan.phase !== "complete"}
          eventsHref={(ruleId) => eventsHref({ flagged: ruleId })}
        />
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <TopList
            values={activity.top.users}
            {...topProps("Top users", "User", 0, "No events.")}
          />
          <TopList
            values={activity.top.eventNames}
            {...topProps("Top event names", "Event name", 1, "No events.")}
          />
          <TopList
            values={activity.top.sourceIps}
            {...topProps("Top source IPs", "Source IP", 2, "No events.")}
          />
          <TopList
            values={activity.top.errorCodes}
            {...topProps("Top error codes", "Error code", 3, "No failed calls.")}
          />
          <TopList
            values={activity.top.accessDenied}
            {...topProps("Access denied by principal", "Principal", 4, "No access denied.")}
          />
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <ViewProblems problems={overviewViewProblems(searchParams, regions)} />
      <EventsFilterBar
        view={view}
        regions={regions}
        events={[]}
        resolvedRange={scan ? { start: scan.startTime, end: scan.endTime } : null}
        onViewChange={changeView}
      />
      {scan ? (
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center gap-3">
            <OverviewProgress
              scan={scan}
              running={running}
              onCancel={overview.cancel}
              onRescan={overview.rescan}
            />
            <Link
              href={eventsHref()}
              className="ml-auto text-sm font-medium text-accent underline-offset-2 hover:underline"
            >
              Open these events
            </Link>
          </div>
          <ScanRegions state={scan} onRetry={overview.rescan} scanning={running} />
        </div>
      ) : null}
      <section aria-label={`Overview of events ${describeView(view, regions)}`}>{body}</section>
    </div>
  );
}
