import type { Failure } from "@/lib/events/failure";

import { sortInsights, type Insight, type UnreadableInsightRecord } from "./insight";

/**
 * LookupEvents pages of Insights events read per region, at most: CloudTrail raises a few
 * a week at most, so 1,000 records is months of them; the limit only guards the request.
 */
export const INSIGHTS_MAX_PAGES = 20;
/** LookupEvents' largest page. */
export const LOOKUP_PAGE_SIZE = 50;

/** How reading one region went: its records, or the error that stopped it. */
export type RegionInsightsResult =
  | {
      region: string;
      status: "done";
      /** Insights events read. */
      records: number;
      /** The page limit was reached: older Insights events in the range were not read. */
      truncated: boolean;
    }
  | { region: string; status: "failed"; failure: Failure };

/** The Insights of a view's regions and time range, as the list route answers it. */
export interface InsightsList {
  /** The absolute range read (epoch ms): a relative range is fixed when the read starts. */
  startTime: number;
  endTime: number;
  regions: RegionInsightsResult[];
  /** Every region's insights, newest first. */
  insights: Insight[];
  unreadable: UnreadableInsightRecord[];
}

/** One list from each region's part, in the regions' order and newest first. */
export function mergeRegionInsights(
  range: { startTime: number; endTime: number },
  parts: readonly {
    result: RegionInsightsResult;
    insights?: Insight[];
    unreadable?: UnreadableInsightRecord[];
  }[],
): InsightsList {
  return {
    ...range,
    regions: parts.map((part) => part.result),
    insights: sortInsights(parts.flatMap((part) => part.insights ?? [])),
    unreadable: parts.flatMap((part) => part.unreadable ?? []),
  };
}
