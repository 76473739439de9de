"use client";

import { useId, useMemo } from "react";

import { ChartFigure } from "@/components/charts/chart-figure";
import { BucketBarChart } from "@/components/charts/bucket-bar-chart";
import { RecordText } from "@/components/record-text";
import { chartSeries } from "@/components/charts/chart-series";
import { Select } from "@/components/ui/select";
import type { ActivitySnapshot } from "@/lib/activity/activity-aggregator";
import { describeBucketSize } from "@/lib/activity/bucket-size";
import {
  ACTIVITY_DIMENSION_IDS,
  ACTIVITY_DIMENSIONS,
  type ActivityDimension,
} from "@/lib/activity/dimensions";
import { visiblePreview } from "@/lib/format/visible-text";
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
  const series = useMemo(() => chartSeries(activity, dimension), [activity, dimension]);
  const chart = (
    <div className="flex flex-col gap-3">
      <div className="h-64 w-full select-none" data-testid="activity-chart">
        <BucketBarChart
          layout={layout}
          totals={activity.totals}
          series={series}
          tz={tz}
          onZoom={onZoom}
          onSeriesClick={(s) => onDrill(s.key)}
        />
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
                  : `Show only ${ACTIVITY_DIMENSIONS[dimension].label.toLowerCase()} ${visiblePreview(s.key)}`
              }
            >
              <span
                aria-hidden
                className="size-2.5 shrink-0 rounded-sm"
                style={{ backgroundColor: s.color }}
              />
              {s.isOther ? (
                <span className="truncate">Other ({s.values} more)</span>
              ) : (
                <RecordText value={s.key} max={200} className="truncate" />
              )}
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
