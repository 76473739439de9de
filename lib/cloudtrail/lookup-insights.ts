import "server-only";

import { matchesFilter } from "@/lib/events/conditions";
import type { TrailEvent } from "@/lib/events/trail-event";
import { parseInsights } from "@/lib/insights/insight";
import {
  ACTIVITY_MAX_PAGES,
  activityConditions,
  activityWindow,
  countByMinute,
  type ActivityRequest,
  type InsightActivity,
} from "@/lib/insights/insight-activity";
import {
  INSIGHTS_MAX_PAGES,
  mergeRegionInsights,
  type InsightsList,
  type RegionInsightsResult,
} from "@/lib/insights/insights-list";

import { describeCloudTrailError } from "./errors";
import { lookupEventsPage } from "./lookup-events";

export interface InsightsRequest {
  regions: readonly string[];
  startTime: number;
  endTime: number;
}

/**
 * Every Insight in the regions and time range, read from each region in parallel, all
 * pages (up to the limit) at CloudTrail's pace. A region that fails reports its error beside
 * the others' insights. Rejects only when `signal` aborts.
 */
export async function lookupInsights(
  request: InsightsRequest,
  signal?: AbortSignal,
): Promise<InsightsList> {
  const readRegion = async (region: string) => {
    const events: TrailEvent[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    try {
      do {
        const page = await lookupEventsPage(
          {
            region,
            insights: true,
            startTime: request.startTime,
            endTime: request.endTime,
            nextToken,
          },
          signal,
        );
        events.push(...page.events);
        nextToken = page.nextToken;
        pages++;
      } while (nextToken && pages < INSIGHTS_MAX_PAGES);
    } catch (error) {
      if (signal?.aborted) throw error;
      const result: RegionInsightsResult = {
        region,
        status: "failed",
        failure: describeCloudTrailError(error),
      };
      return { result };
    }
    const parsed = parseInsights(region, events);
    const result: RegionInsightsResult = {
      region,
      status: "done",
      records: events.length,
      truncated: nextToken !== undefined,
    };
    return { result, ...parsed };
  };

  const parts = await Promise.all(request.regions.map(readRegion));
  return mergeRegionInsights(request, parts);
}

/**
 * An insight's calls per minute, from before its start to after its end. CloudTrail is asked
 * for the event name (its most selective attribute here); the source and, for an error rate,
 * the error code are tested on each page. Reads at most ACTIVITY_MAX_PAGES pages, newest
 * first; when they run out, `readFrom` says where the counts begin to be partial.
 * Throws CloudTrail's error (the caller describes it) or the abort.
 */
export async function lookupInsightActivity(
  request: ActivityRequest,
  now: number,
  signal?: AbortSignal,
): Promise<InsightActivity> {
  const window = activityWindow(request, now);
  const filter = { conditions: activityConditions(request), failuresOnly: false };
  const times: number[] = [];
  let scanned = 0;
  let pages = 0;
  let oldest = window.to;
  let nextToken: string | undefined;
  do {
    const page = await lookupEventsPage(
      {
        region: request.region,
        attribute: { key: "EventName", value: request.eventName },
        startTime: window.from,
        // LookupEvents includes its end time; the window excludes it.
        endTime: window.to - 1,
        nextToken,
      },
      signal,
    );
    scanned += page.events.length;
    for (const event of page.events) {
      const time = Date.parse(event.time);
      if (time < oldest) oldest = time;
      if (matchesFilter(event, filter)) times.push(time);
    }
    nextToken = page.nextToken;
    pages++;
  } while (nextToken && pages < ACTIVITY_MAX_PAGES);

  const minutes = countByMinute(times, window.from, window.to);
  return {
    ...window,
    minutes,
    matched: minutes.reduce((sum, minute) => sum + minute.count, 0),
    scanned,
    pages,
    ...(nextToken !== undefined && { readFrom: oldest }),
  };
}
