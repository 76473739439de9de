"use client";

import { memo } from "react";
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

import type { BucketLayout } from "@/lib/activity/bucket-size";
import { formatBucketSpan, formatBucketTick } from "@/lib/activity/format-bucket";
import { visiblePreview } from "@/lib/format/visible-text";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { AXIS_COLOR, GRID_COLOR } from "./chart-colors";
import type { ChartSeries } from "./chart-series";
import { ChartTooltipBox } from "./chart-tooltip";
import { useBucketBrush } from "./use-bucket-brush";

interface BucketBarChartProps {
  layout: BucketLayout;
  /** Events per bucket, all series together. */
  totals: readonly number[];
  series: readonly ChartSeries[];
  tz: TimeZoneChoice;
  /** The small version above the Events table: no grid, smaller type. */
  compact?: boolean;
  /** Buckets first..last were dragged over. */
  onZoom: (first: number, last: number) => void;
  /** A bar of a series was clicked (not at the end of a drag). */
  onSeriesClick?: (series: ChartSeries) => void;
}

/**
 * Stacked bars over time buckets, with a tooltip per bucket and drag-to-zoom. The
 * Overview's activity chart and the Events page's timeline are both this. Memoised on its
 * data: drawing a few hundred bars is the costliest thing on the Events page, and the
 * table's sorting and filtering must not wait for it.
 */
export const BucketBarChart = memo(
  BucketBars,
  (before, after) =>
    // The handlers are left out: pages make new ones each render, and they act on the data
    // compared here.
    before.layout === after.layout &&
    before.totals === after.totals &&
    before.series === after.series &&
    before.tz === after.tz &&
    before.compact === after.compact,
);

function BucketBars({
  layout,
  totals,
  series,
  tz,
  compact = false,
  onZoom,
  onSeriesClick,
}: BucketBarChartProps) {
  const brush = useBucketBrush(onZoom);
  const rows = totals.map((total, index) => {
    const row: Record<string, number> = { index, total };
    for (const s of series) row[s.dataKey] = s.counts[index];
    return row;
  });
  const fontSize = compact ? 10 : 11;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        margin={
          compact
            ? { top: 4, right: 4, bottom: 0, left: 0 }
            : { top: 8, right: 8, bottom: 0, left: 0 }
        }
        barCategoryGap={1}
        {...brush.handlers}
      >
        {compact ? null : <CartesianGrid vertical={false} stroke={GRID_COLOR} />}
        <XAxis
          dataKey="index"
          tickFormatter={(index: number) =>
            formatBucketTick(layout.start + index * layout.size, layout.size, tz)
          }
          stroke={AXIS_COLOR}
          tick={{ fill: AXIS_COLOR, fontSize }}
          minTickGap={compact ? 32 : 24}
          height={compact ? 18 : 30}
        />
        <YAxis
          allowDecimals={false}
          width={compact ? 36 : 44}
          stroke={AXIS_COLOR}
          tick={{ fill: AXIS_COLOR, fontSize }}
        />
        <Tooltip
          cursor={{ fill: "var(--muted)" }}
          isAnimationActive={false}
          content={({ active, label }) => {
            if (!active || label === undefined) return null;
            const index = Number(label);
            return (
              <ChartTooltipBox
                title={`${formatBucketSpan(layout, index, tz)} · ${totals[index] ?? 0} total`}
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
            // Recharts writes the name into each bar's attributes: shown as record text is.
            name={visiblePreview(s.key)}
            stackId="activity"
            fill={s.color}
            isAnimationActive={false}
            cursor={onSeriesClick && !s.isOther ? "pointer" : undefined}
            onClick={() => {
              if (brush.consumeSelection() || s.isOther) return;
              onSeriesClick?.(s);
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
  );
}
