import { formatNumber } from "@/lib/format/format-count";

import type { Insight, InsightType } from "./insight";

const TYPE_LABELS: Record<InsightType, string> = {
  ApiCallRateInsight: "API call rate",
  ApiErrorRateInsight: "API error rate",
};

export function insightTypeLabel(type: InsightType): string {
  return TYPE_LABELS[type];
}

/** What an insight counts per minute: calls, or failed calls for an error rate. */
export function insightUnit(type: InsightType): string {
  return type === "ApiErrorRateInsight" ? "errors/min" : "calls/min";
}

const twoDecimals = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const twoSignificant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 2 });

/**
 * A per-minute rate: "4.33", "1,234.00". Baselines are often tiny (0.0041 calls a minute),
 * and two decimals would print them as 0.00 or lose half their figure (0.012 as 0.01), so
 * rates under 0.1 keep two significant digits.
 */
export function formatRate(value: number): string {
  if (value === 0) return "0";
  return value < 0.1 ? twoSignificant.format(value) : twoDecimals.format(value);
}

/** "1,057× baseline", "4.5× baseline"; null when there was no baseline to compare with. */
export function formatRatio(insight: Pick<Insight, "insightAverage" | "baselineAverage">) {
  if (insight.baselineAverage <= 0) return null;
  const ratio = insight.insightAverage / insight.baselineAverage;
  const shown = ratio >= 10 ? formatNumber(Math.round(ratio)) : ratio.toFixed(1);
  return `${shown}× baseline`;
}

/** "4.33 calls/min vs baseline 0.0041", "5.00 errors/min vs none before". */
export function formatRates(
  insight: Pick<Insight, "type" | "insightAverage" | "baselineAverage">,
): string {
  const during = `${formatRate(insight.insightAverage)} ${insightUnit(insight.type)}`;
  return insight.baselineAverage > 0
    ? `${during} vs baseline ${formatRate(insight.baselineAverage)}`
    : `${during} vs none before`;
}

/** The insight's length: CloudTrail's own figure, else measured from its records. */
export function insightMinutes(insight: Pick<Insight, "start" | "end" | "insightDuration">) {
  if (insight.insightDuration !== undefined) return insight.insightDuration;
  if (!insight.end) return undefined;
  return (Date.parse(insight.end) - Date.parse(insight.start)) / 60_000;
}

const ATTRIBUTE_LABELS: Record<string, string> = {
  userIdentityArn: "Callers",
  userAgent: "User agents",
  errorCode: "Error codes",
};

/** "Callers" for userIdentityArn; an attribute CloudTrail may add later keeps its own name. */
export function attributeLabel(attribute: string): string {
  return ATTRIBUTE_LABELS[attribute] ?? attribute;
}

/** CloudTrail writes a call without an error as the error code "null". */
export function attributionValueLabel(attribute: string, value: string): string {
  if (attribute === "errorCode" && value === "null") return "No error";
  if (value === "") return "(empty)";
  return value;
}
