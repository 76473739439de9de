"use client";

import { useId } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { ChartFigure } from "@/components/charts/chart-figure";
import { AXIS_COLOR, GRID_COLOR, seriesColor } from "@/components/charts/chart-colors";
import { ChartTooltipBox } from "@/components/charts/chart-tooltip";
import { useBucketBrush } from "@/components/charts/use-bucket-brush";
import { Select } from "@/components/ui/select";
import type { ActivitySeries, ActivitySnapshot } from "@/lib/activity/activity-aggregator";
import { describeBucketSize } from "@/lib/activity/bucket-size";
import {
  ACTIVITY_DIMENSION_IDS,
  ACTIVITY_DIMENSIONS,
  type ActivityDimension,
} from "@/lib/activity/dimensions";
import { formatBucketSpan, formatBucketTick } from "@/lib/activity/format-bucket";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { ActivityTable } from "./activity-table";

interface ActivityChartProps {
  activity: ActivitySnapshot;
  basis: string;
  dimension: ActivityDimension;
  tz: TimeZoneChoice;
  onDimensionChange: (dimension: ActivityDimension) => void;
  /** A series' value was picked (bar, legend or table). */
  onDrill: (value: string) => void;
  /** Buckets first..last were dragged over. */
  onZoom: (first: number, last: number) => void;
}

export interface ChartSeries extends ActivitySeries {
  /** Recharts reads series by data key; values from records never become object keys. */
  dataKey: string;
  color: string;
  isOther: boolean;
  /** For "Other": how many values it sums. */
  values?: number;
}

export function chartSeries(
  activity: ActivitySnapshot,
  dimension: ActivityDimension,
): ChartSeries[] {
  const stack = activity.stacks[dimension];
  const series: ChartSeries[] = stack.series.map((s, i) => ({
    ...s,
    dataKey: `s${i}`,
    color: seriesColor(i),
    isOther: false,
  }));
  if (stack.other) {
    series.push({ ...stack.other, dataKey: "other", color: seriesColor(0, true), isOther: true });
  }
  return series;
}

/** Activity over time, stacked by a chosen dimension; drag to zoom, click to drill down. */
export function ActivityChart({
  activity,
  basis,
  dimension,
  tz,
  onDimensionChange,
  onDrill,
  onZoom,
}: ActivityChartProps) {
  const selectId = useId();
  const { layout } = activity;
  const series = chartSeries(activity, dimension);
  const rows = activity.totals.map((total, index) => {
    const row: Record<string, number> = { index, total };
    for (const s of series) row[s.dataKey] = s.counts[index];
    return row;
  });
  const brush = useBucketBrush(onZoom);
  const tick = (index: number) =>
    formatBucketTick(layout.start + index * layout.size, layout.size, tz);

  const chart = (
    <div className="flex flex-col gap-3">
      <div className="h-64 w-full select-none" data-testid="activity-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            barCategoryGap={1}
            {...brush.handlers}
          >
            <CartesianGrid vertical={false} stroke={GRID_COLOR} />
            <XAxis
              dataKey="index"
              tickFormatter={tick}
              stroke={AXIS_COLOR}
              tick={{ fill: AXIS_COLOR, fontSize: 11 }}
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              width={44}
              stroke={AXIS_COLOR}
              tick={{ fill: AXIS_COLOR, fontSize: 11 }}
            />
            <Tooltip
              cursor={{ fill: "var(--muted)" }}
              isAnimationActive={false}
              content={({ active, label }) => {
                if (!active || label === undefined) return null;
                const index = Number(label);
                return (
                  <ChartTooltipBox
                    title={`${formatBucketSpan(layout, index, tz)} · ${activity.totals[index] ?? 0} total`}
                    rows={series
                      .filter((s) => s.counts[index] > 0)
                      .map((s) => ({ label: s.key, value: s.counts[index], color: s.color }))}
                  />
                );
              }}
            />
            {series.map((s) => (
              <Bar
                key={s.dataKey}
                dataKey={s.dataKey}
                name={s.key}
                stackId="activity"
                fill={s.color}
                isAnimationActive={false}
                cursor={s.isOther ? undefined : "pointer"}
                onClick={() => {
                  if (brush.consumeSelection() || s.isOther) return;
                  onDrill(s.key);
                }}
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
      <ul aria-label="Series" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {series.map((s) => (
          <li key={s.dataKey}>
            <button
              type="button"
              disabled={s.isOther}
              onClick={() => onDrill(s.key)}
              className="inline-flex max-w-72 items-center gap-1.5 rounded px-1 py-0.5 outline-none hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-default disabled:hover:bg-transparent"
              title={
                s.isOther
                  ? undefined
                  : `Show only ${ACTIVITY_DIMENSIONS[dimension].label.toLowerCase()} ${s.key}`
              }
            >
              <span
                aria-hidden
                className="size-2.5 shrink-0 rounded-sm"
                style={{ backgroundColor: s.color }}
              />
              <span className="truncate">{s.isOther ? `Other (${s.values} more)` : s.key}</span>
              <span className="text-muted-foreground tabular-nums">
                {s.total.toLocaleString("en-US")}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="text-xs text-muted-foreground">
        Each bar is {describeBucketSize(layout.size)}. Drag across bars to zoom in; click a bar or a
        series to show only that {ACTIVITY_DIMENSIONS[dimension].label.toLowerCase()}.
      </p>
    </div>
  );

  return (
    <ChartFigure
      title="Activity over time"
      basis={basis}
      actions={
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="text-xs font-medium text-muted-foreground">
            Stack by
          </label>
          <Select
            id={selectId}
            value={dimension}
            onChange={(e) => onDimensionChange(e.target.value as ActivityDimension)}
            className="h-8"
          >
            {ACTIVITY_DIMENSION_IDS.map((id) => (
              <option key={id} value={id}>
                {ACTIVITY_DIMENSIONS[id].label}
              </option>
            ))}
          </Select>
        </div>
      }
      chart={chart}
      table={
        <ActivityTable
          activity={activity}
          series={series}
          dimension={dimension}
          tz={tz}
          onDrill={onDrill}
          onZoom={onZoom}
        />
      }
    />
  );
}
