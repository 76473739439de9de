"use client";

import { useMemo } from "react";
import { Bar, BarChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { ChartFigure } from "@/components/charts/chart-figure";
import { AXIS_COLOR, seriesColor } from "@/components/charts/chart-colors";
import { ChartTooltipBox } from "@/components/charts/chart-tooltip";
import { useBucketBrush } from "@/components/charts/use-bucket-brush";
import { ActivityTable } from "@/components/overview/activity-table";
import { chartSeries } from "@/components/overview/activity-chart";
import { ActivityAggregator } from "@/lib/activity/activity-aggregator";
import { describeBucketSize } from "@/lib/activity/bucket-size";
import { drillIntoBucket } from "@/lib/activity/drill-down";
import { describeBasis, formatBucketSpan, formatBucketTick } from "@/lib/activity/format-bucket";
import type { TrailEvent } from "@/lib/events/trail-event";
import type { TimeZoneChoice } from "@/lib/view/events-view";

interface ActivityTimelineProps {
  /** The rows the table lists. */
  events: readonly TrailEvent[];
  /** The scanned window (epoch ms). */
  window: { start: number; end: number };
  regions: number;
  tz: TimeZoneChoice;
  /** A span was dragged over (or a bucket picked from the table): the new time range. */
  onRangeChange: (range: { from: Date; to: Date }) => void;
}

/**
 * A compact timeline of the listed events above the table, successes and failures
 * stacked. The events are already in the browser, so it counts them here with the same
 * aggregator the server uses for the Overview. Dragging across it sets the time range.
 */
export function ActivityTimeline({
  events,
  window,
  regions,
  tz,
  onRangeChange,
}: ActivityTimelineProps) {
  const activity = useMemo(
    () => new ActivityAggregator(window.start, window.end).addAll(events).snapshot(),
    [events, window.start, window.end],
  );
  const { layout } = activity;
  const zoom = (first: number, last: number) => {
    const from = drillIntoBucket(layout, first).from!;
    const to = drillIntoBucket(layout, last).to!;
    onRangeChange({ from, to });
  };
  const brush = useBucketBrush(zoom);
  const series = chartSeries(activity, "outcome").map((s) => ({
    ...s,
    color: s.key === "Failure" ? "var(--destructive)" : seriesColor(0),
  }));
  const rows = activity.totals.map((total, index) => {
    const row: Record<string, number> = { index, total };
    for (const s of series) row[s.dataKey] = s.counts[index];
    return row;
  });

  const chart = (
    <div className="h-24 w-full select-none" data-testid="activity-timeline">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
          barCategoryGap={1}
          {...brush.handlers}
        >
          <XAxis
            dataKey="index"
            tickFormatter={(index: number) =>
              formatBucketTick(layout.start + index * layout.size, layout.size, tz)
            }
            stroke={AXIS_COLOR}
            tick={{ fill: AXIS_COLOR, fontSize: 10 }}
            minTickGap={32}
            height={18}
          />
          <YAxis
            allowDecimals={false}
            width={36}
            stroke={AXIS_COLOR}
            tick={{ fill: AXIS_COLOR, fontSize: 10 }}
          />
          <Tooltip
            cursor={{ fill: "var(--muted)" }}
            isAnimationActive={false}
            content={({ active, label }) => {
              if (!active || label === undefined) return null;
              const index = Number(label);
              return (
                <ChartTooltipBox
                  title={formatBucketSpan(layout, index, tz)}
                  rows={series.map((s) => ({
                    label: s.key,
                    value: s.counts[index],
                    color: s.color,
                  }))}
                />
              );
            }}
          />
          {series.map((s) => (
            <Bar
              key={s.dataKey}
              dataKey={s.dataKey}
              name={s.key}
              stackId="t"
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
          {brush.range ? (
            <ReferenceArea
              x1={brush.range[0]}
              x2={brush.range[1]}
              fill="var(--accent)"
              fillOpacity={0.15}
              stroke="var(--accent)"
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );

  return (
    <ChartFigure
      title="Activity"
      basis={`${describeBasis(activity.total, window, regions, tz)} · ${describeBucketSize(layout.size)} a bar · drag across bars to zoom in`}
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
}
