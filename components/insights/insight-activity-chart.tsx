"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { AXIS_COLOR, GRID_COLOR, seriesColor } from "@/components/charts/chart-colors";
import { ChartTooltipBox } from "@/components/charts/chart-tooltip";
import { RecordText } from "@/components/record-text";
import { formatTime } from "@/lib/format/format-time";
import { visiblePreview } from "@/lib/format/visible-text";
import { formatRate, insightUnit } from "@/lib/insights/format-insight";
import type { Insight } from "@/lib/insights/insight";
import type { InsightActivity } from "@/lib/insights/insight-activity";
import type { TimeZoneChoice } from "@/lib/view/events-view";

const MINUTE = 60_000;
const CALLS_COLOR = seriesColor(0);
const INSIGHT_COLOR = seriesColor(3);
const BASELINE_COLOR = seriesColor(1);
const TICK = { fill: AXIS_COLOR, fontSize: 11 };
/** Tick spacings in minutes: round clock times, a dozen ticks at most. */
const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720];
const MAX_TICKS = 12;

/** Ticks on round minutes of the shown clock (10:00, 10:10, …), not wherever the window starts. */
function minuteTicks(from: number, to: number, timeZone: TimeZoneChoice): number[] {
  const span = (to - from) / MINUTE;
  const step = (TICK_STEPS.find((s) => span / s <= MAX_TICKS) ?? TICK_STEPS.at(-1)!) * MINUTE;
  // Local clocks are offset from UTC; round on the clock the reader sees.
  const offset = timeZone === "local" ? -new Date(from).getTimezoneOffset() * MINUTE : 0;
  const ticks: number[] = [];
  for (let at = Math.ceil((from + offset) / step) * step - offset; at < to; at += step)
    ticks.push(at);
  return ticks;
}

interface InsightActivityChartProps {
  activity: InsightActivity;
  insight: Insight;
  timeZone: TimeZoneChoice;
}

/**
 * Calls per minute as bars, the insight's window shaded, and two levels to read them
 * against: the baseline average (dashed) and the insight's own average (dotted, over the
 * window). Colours are the theme's CSS variables, so it reads in light and dark alike.
 */
export function InsightActivityChart({ activity, insight, timeZone }: InsightActivityChartProps) {
  const lastInsightMinute = activity.insightEnd - MINUTE;
  const counts = new Map(activity.minutes.map((m) => [m.at, m.count]));
  const unit = insightUnit(insight.type);
  const hhmm = (at: number) => formatTime(at, timeZone).slice(11, 16);
  const full = (at: number) =>
    `${formatTime(at, timeZone).slice(0, 16)}${timeZone === "utc" ? " UTC" : ""}`;

  return (
    <div className="flex flex-col gap-2">
      <BarChart
        responsive
        data={activity.minutes}
        style={{ width: "100%", height: 260 }}
        margin={{ top: 16, right: 12, bottom: 0, left: 0 }}
        barCategoryGap={1}
        title={`${visiblePreview(insight.eventName)} calls per minute around the insight`}
      >
        <CartesianGrid vertical={false} stroke={GRID_COLOR} />
        <XAxis
          dataKey="at"
          ticks={minuteTicks(activity.from, activity.to, timeZone)}
          tickFormatter={hhmm}
          tick={TICK}
          stroke={AXIS_COLOR}
          tickLine={false}
          minTickGap={28}
        />
        <YAxis allowDecimals={false} width={40} tick={TICK} stroke={AXIS_COLOR} tickLine={false} />
        <ReferenceArea
          x1={activity.insightStart}
          x2={lastInsightMinute}
          fill={INSIGHT_COLOR}
          fillOpacity={0.12}
          stroke={INSIGHT_COLOR}
          strokeOpacity={0.35}
          ifOverflow="extendDomain"
        />
        <Tooltip
          cursor={{ fill: "var(--muted)" }}
          content={({ active, label }) => {
            const at = Number(label);
            if (!active || !counts.has(at)) return null;
            const inside = at >= activity.insightStart && at < activity.insightEnd;
            return (
              <ChartTooltipBox
                title={`${full(at)}${inside ? " · insight" : ""}`}
                rows={[
                  {
                    label: insight.errorCode ? `Failed (${insight.errorCode})` : "Calls",
                    value: counts.get(at)!,
                    color: CALLS_COLOR,
                  },
                ]}
              />
            );
          }}
        />
        <Bar dataKey="count" name="Calls" fill={CALLS_COLOR} isAnimationActive={false} />
        <ReferenceLine
          y={insight.baselineAverage}
          stroke={BASELINE_COLOR}
          strokeWidth={2}
          strokeDasharray="6 4"
          ifOverflow="extendDomain"
        />
        <ReferenceLine
          segment={[
            { x: activity.insightStart, y: insight.insightAverage },
            { x: lastInsightMinute, y: insight.insightAverage },
          ]}
          stroke={INSIGHT_COLOR}
          strokeWidth={2}
          strokeDasharray="2 3"
          ifOverflow="extendDomain"
        />
      </BarChart>
      <ul
        aria-label="Legend"
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
      >
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm" style={{ background: CALLS_COLOR }} />
          {insight.errorCode ? (
            <span>
              Calls failing with <RecordText value={insight.errorCode} />
            </span>
          ) : (
            "Calls"
          )}
          , per minute
        </li>
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="h-2.5 w-4 rounded-sm border"
            style={{ background: INSIGHT_COLOR, opacity: 0.35, borderColor: INSIGHT_COLOR }}
          />
          The insight, {full(activity.insightStart).slice(11)} to{" "}
          {full(activity.insightEnd).slice(11)}
        </li>
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="w-4 border-t-2 border-dotted"
            style={{ borderColor: INSIGHT_COLOR }}
          />
          Insight average, {formatRate(insight.insightAverage)} {unit}
        </li>
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="w-4 border-t-2 border-dashed"
            style={{ borderColor: BASELINE_COLOR }}
          />
          Baseline average,{" "}
          {insight.baselineAverage > 0
            ? `${formatRate(insight.baselineAverage)} ${unit}`
            : "none before"}
        </li>
      </ul>
    </div>
  );
}
