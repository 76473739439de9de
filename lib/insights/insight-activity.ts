import type { Condition } from "@/lib/events/conditions";

import type { Insight } from "./insight";

const MINUTE = 60_000;

/** Each side of an insight, the chart shows at least this much of what came before and after. */
export const ACTIVITY_MIN_PADDING_MS = 30 * MINUTE;
/** The longest insight charted minute by minute; an open one is charted this far from its start. */
export const ACTIVITY_MAX_INSIGHT_MS = 12 * 60 * MINUTE;
/**
 * LookupEvents pages read for one chart, at most: 50 events a page, 2 pages a second per
 * region, so a chart of a very busy API stops after 1,000 calls and about ten seconds.
 */
export const ACTIVITY_MAX_PAGES = 20;

/** The calls an insight measured: which API in which region, and for an error rate which error. */
export interface ActivityRequest {
  region: string;
  eventSource: string;
  eventName: string;
  /** Only for an API error rate insight: its calls are the ones that failed with this code. */
  errorCode?: string;
  /** The insight's start and end (epoch ms); no end while it is open. */
  start: number;
  end?: number;
}

export interface ActivityMinute {
  /** The minute's start, epoch ms. */
  at: number;
  count: number;
}

/** The per-minute calls around an insight, as the activity route answers them. */
export interface InsightActivity {
  /** The charted window [from, to), epoch ms, whole minutes. */
  from: number;
  to: number;
  /** The insight itself within it [insightStart, insightEnd), whole minutes. */
  insightStart: number;
  insightEnd: number;
  minutes: ActivityMinute[];
  /** Calls counted. */
  matched: number;
  /** Events read with the event name, before the rest of the conditions. */
  scanned: number;
  pages: number;
  /** Set when the page limit was reached: minutes before this time were not read in full. */
  readFrom?: number;
}

export function activityRequestOf(insight: Insight): ActivityRequest {
  return {
    region: insight.region,
    eventSource: insight.eventSource,
    eventName: insight.eventName,
    ...(insight.type === "ApiErrorRateInsight" &&
      insight.errorCode !== undefined && { errorCode: insight.errorCode }),
    start: Date.parse(insight.start),
    ...(insight.end !== undefined && { end: Date.parse(insight.end) }),
  };
}

const floorMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
const ceilMinute = (ms: number) => Math.ceil(ms / MINUTE) * MINUTE;

/**
 * The window charted around an insight: as much again before and after as the insight
 * lasted, at least 30 minutes each side, never past now. Whole minutes, so the bars line up
 * with CloudTrail's own per-minute figures.
 */
export function activityWindow(
  request: Pick<ActivityRequest, "start" | "end">,
  now: number,
): Pick<InsightActivity, "from" | "to" | "insightStart" | "insightEnd"> {
  const insightStart = floorMinute(request.start);
  const insightEnd = Math.max(
    ceilMinute(Math.min(request.end ?? now, request.start + ACTIVITY_MAX_INSIGHT_MS)),
    insightStart + MINUTE,
  );
  const padding = Math.max(ACTIVITY_MIN_PADDING_MS, insightEnd - insightStart);
  const from = insightStart - padding;
  const to = Math.max(Math.min(insightEnd + padding, ceilMinute(now)), insightEnd);
  return { from, to, insightStart, insightEnd };
}

/** The conditions that pick an insight's calls out of the history, as the Events page writes them. */
export function activityConditions(
  request: Pick<ActivityRequest, "eventName" | "eventSource" | "errorCode">,
): Condition[] {
  return [
    { field: "EventName", value: request.eventName },
    { field: "EventSource", value: request.eventSource },
    ...(request.errorCode !== undefined
      ? [{ field: "errorCode" as const, value: request.errorCode }]
      : []),
  ];
}

/** Calls per minute over [from, to): every minute present, the quiet ones as 0. */
export function countByMinute(
  times: readonly number[],
  from: number,
  to: number,
): ActivityMinute[] {
  const minutes: ActivityMinute[] = [];
  for (let at = from; at < to; at += MINUTE) minutes.push({ at, count: 0 });
  for (const time of times) {
    if (!(time >= from && time < to)) continue;
    minutes[Math.floor((time - from) / MINUTE)].count++;
  }
  return minutes;
}
