import type { ActivitySeries, ActivitySnapshot } from "@/lib/activity/activity-aggregator";
import type { ActivityDimension } from "@/lib/activity/dimensions";

import { seriesColor } from "./chart-colors";

export interface ChartSeries extends ActivitySeries {
  /** Recharts reads series by data key; values from records never become object keys. */
  dataKey: string;
  color: string;
  isOther: boolean;
  /** For "Other": how many values it sums. */
  values?: number;
}

/** A snapshot's stack for one dimension as chart series, "Other" last and grey. */
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
