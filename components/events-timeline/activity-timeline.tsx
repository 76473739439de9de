"use client";

import { memo, useDeferredValue, useMemo } from "react";

import { ChartFigure } from "@/components/charts/chart-figure";
import { BucketBarChart } from "@/components/charts/bucket-bar-chart";
import { seriesColor } from "@/components/charts/chart-colors";
import { chartSeries } from "@/components/charts/chart-series";
import { ActivityTable } from "@/components/overview/activity-table";
import { ActivityAggregator } from "@/lib/activity/activity-aggregator";
import { describeBucketSize } from "@/lib/activity/bucket-size";
import { drillIntoBucket } from "@/lib/activity/drill-down";
import { describeBasis } from "@/lib/activity/format-bucket";
import type { TrailEvent } from "@/lib/events/trail-event";
import type { TimeZoneChoice } from "@/lib/view/events-view";

interface ActivityTimelineProps {
  /** The rows the table lists. */
  events: readonly TrailEvent[];
  /** The scanned window (epoch ms). */
  windowStart: number;
  windowEnd: number;
  regions: number;
  tz: TimeZoneChoice;
  /** A span was dragged over (or a bucket picked from the table): the new time range. */
  onRangeChange: (range: { from: Date; to: Date }) => void;
}

/**
 * A compact timeline of the listed events above the table, successes and failures
 * stacked. The events are already in the browser, so it counts them here with the same
 * aggregator the server uses for the Overview. Dragging across it sets the time range.
 * Memoised, so that sorting the table or opening an event does not redraw it.
 */
export const ActivityTimeline = memo(
  function ActivityTimeline({
    events,
    windowStart,
    windowEnd,
    regions,
    tz,
    onRangeChange,
  }: ActivityTimelineProps) {
    // The table answers sorting and filtering first; the chart follows when React has time.
    const deferredEvents = useDeferredValue(events);
    const activity = useMemo(
      () => new ActivityAggregator(windowStart, windowEnd).addAll(deferredEvents).snapshot(),
      [deferredEvents, windowStart, windowEnd],
    );
    const { layout } = activity;
    const zoom = (first: number, last: number) => {
      const from = drillIntoBucket(layout, first).from!;
      const to = drillIntoBucket(layout, last).to!;
      onRangeChange({ from, to });
    };
    const series = useMemo(
      () =>
        chartSeries(activity, "outcome").map((s) => ({
          ...s,
          color: s.key === "Failure" ? "var(--destructive)" : seriesColor(0),
        })),
      [activity],
    );
    const chart = (
      <div className="h-24 w-full select-none" data-testid="activity-timeline">
        <BucketBarChart
          layout={layout}
          totals={activity.totals}
          series={series}
          tz={tz}
          compact
          onZoom={zoom}
        />
      </div>
    );

    return (
      <ChartFigure
        title="Activity"
        basis={`${describeBasis(activity.total, { start: windowStart, end: windowEnd }, regions, tz)} · ${describeBucketSize(layout.size)} a bar · drag across bars to zoom in`}
        chart={chart}
        table={
          <ActivityTable
            activity={activity}
            series={series}
            dimension="outcome"
            tz={tz}
            onZoom={zoom}
          />
        }
        className="p-3"
      />
    );
  },
  // The zoom callback is left out: the page makes a new one each render (nuqs' setter), and
  // it only ever writes an absolute range, so an older one does the same.
  (before, after) =>
    before.events === after.events &&
    before.windowStart === after.windowStart &&
    before.windowEnd === after.windowEnd &&
    before.regions === after.regions &&
    before.tz === after.tz,
);
