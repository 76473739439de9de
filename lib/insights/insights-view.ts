import {
  createLoader,
  createParser,
  createSerializer,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";

import { EVENT_ID_PATTERN, formatEventRef, splitEventRef } from "@/lib/events/event-ref";
import { eventsViewParsers } from "@/lib/view/events-view";
import { REGION_PATTERN, selectedRegions } from "@/lib/view/regions";
import { TIME_RANGE_PRESET_KEYS, TIME_RANGE_PRESETS } from "@/lib/view/time-range";

/** Where an insight lives: its region and the sharedEventID of its Start and End records. */
export interface InsightRef {
  region: string;
  id: string;
}

/** Insights are rare: the page looks back over all of CloudTrail's event history by default. */
export const INSIGHTS_DEFAULT_RANGE = "90d";

const parseAsInsightRef = createParser<InsightRef>({
  parse: (value) => {
    const ref = splitEventRef(value);
    return ref && REGION_PATTERN.test(ref.region) && EVENT_ID_PATTERN.test(ref.id) ? ref : null;
  },
  serialize: formatEventRef,
  eq: (a, b) => a.region === b.region && a.id === b.id,
});

/**
 * The Insights view in the URL: the Events page's own parsers for regions, time and time
 * zone (a link means the same on both pages), a 90-day default range, and the open insight.
 */
export const insightsViewParsers = {
  /** "all", or comma-separated regions; missing means all of the dashboard's regions. */
  regions: eventsViewParsers.regions,
  range: parseAsStringLiteral(TIME_RANGE_PRESET_KEYS).withDefault(INSIGHTS_DEFAULT_RANGE),
  from: eventsViewParsers.from,
  to: eventsViewParsers.to,
  tz: eventsViewParsers.tz,
  /** The open insight, as "region:sharedEventID". */
  insight: parseAsInsightRef,
};

export type InsightsView = inferParserType<typeof insightsViewParsers>;

export const loadInsightsView = createLoader(insightsViewParsers);
export const serializeInsightsView = createSerializer(insightsViewParsers);

const EXPECTED: Record<keyof InsightsView, string> = {
  regions: "“all” or region names separated by commas, such as us-east-1,eu-west-1",
  range: `one of ${TIME_RANGE_PRESET_KEYS.join(", ")}`,
  from: "a date and time such as 2026-01-31T12:00:00Z",
  to: "a date and time such as 2026-01-31T12:00:00Z",
  tz: "utc or local",
  insight:
    "a region and an Insights event ID, such as us-east-1:0d7e5c2a-9b1f-4c3e-8a6d-1234567890ab",
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function rawValue(raw: RawParams, key: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What is wrong with a URL's Insights parameters, in words for the page: each problem names
 * the parameter and what the page does instead (the view falls back to defaults).
 */
export function insightsViewProblems(raw: RawParams, regions: readonly string[]): string[] {
  return problems(raw, regions, Object.keys(EXPECTED) as (keyof InsightsView)[], true);
}

/** The parameters that decide what the list holds: all the list route reads. */
const LIST_KEYS = ["regions", "range", "from", "to"] as const;

/** What is wrong with the list route's parameters, for a 400 answer: the route does not guess. */
export function insightsListProblems(raw: RawParams, regions: readonly string[]): string[] {
  return problems(raw, regions, LIST_KEYS, false);
}

function problems(
  raw: RawParams,
  regions: readonly string[],
  keys: readonly (keyof InsightsView)[],
  fallBack: boolean,
): string[] {
  const found: string[] = [];
  for (const key of keys) {
    const value = rawValue(raw, key);
    if (value === undefined) continue;
    const parse = insightsViewParsers[key].parse as (text: string) => unknown;
    if (parse(value) === null)
      found.push(`“${key}=${value}” is not ${EXPECTED[key]}${fallBack ? "; it was ignored" : ""}.`);
  }
  const view = loadInsightsView(raw);
  if (keys.includes("regions") && view.regions && view.regions !== "all") {
    const unknown = view.regions.filter((region) => !regions.includes(region));
    if (unknown.length > 0) {
      const left = selectedRegions(view.regions, regions);
      const instead = `; showing ${left.length > 0 ? left.join(", ") : "all regions"}`;
      found.push(
        `${unknown.join(", ")} ${unknown.length === 1 ? "is not one of" : "are not among"} this dashboard's regions (${regions.join(", ")})${fallBack ? instead : ""}.`,
      );
    }
  }
  if (keys.includes("from") && view.from && view.to && view.from > view.to) {
    const instead = `; showing the ${TIME_RANGE_PRESETS[view.range].label.toLowerCase()}`;
    found.push(`The time range starts after it ends${fallBack ? instead : ""}.`);
  }
  return found;
}

/** The view with the problems above corrected, which is what the page shows. */
export function effectiveInsightsView(
  view: InsightsView,
  regions: readonly string[],
): InsightsView {
  const chosen =
    view.regions && view.regions !== "all" ? selectedRegions(view.regions, regions) : [];
  const rangeUsable = !(view.from && view.to && view.from > view.to);
  return {
    ...view,
    regions: chosen.length > 0 ? chosen : "all",
    from: rangeUsable ? view.from : null,
    to: rangeUsable ? view.to : null,
  };
}

/** The regions an effective view reads, in the dashboard's order. */
export function insightsViewRegions(view: InsightsView, regions: readonly string[]): string[] {
  return selectedRegions(view.regions ?? "all", regions);
}
