/**
 * Series colours as CSS variables (app/globals.css), so every chart follows the light or
 * dark theme without knowing which one is on.
 */
export const SERIES_COLORS = [
  "var(--chart-1)",
  "var(--chart-2)",
  "var(--chart-3)",
  "var(--chart-4)",
  "var(--chart-5)",
  "var(--chart-6)",
  "var(--chart-7)",
  "var(--chart-8)",
] as const;

export const OTHER_COLOR = "var(--chart-other)";
export const GRID_COLOR = "var(--border)";
export const AXIS_COLOR = "var(--muted-foreground)";

/** The colour of the i-th series; "Other" is always grey. */
export function seriesColor(index: number, isOther = false): string {
  return isOther ? OTHER_COLOR : SERIES_COLORS[index % SERIES_COLORS.length];
}
