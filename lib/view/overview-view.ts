import { createLoader, createSerializer, parseAsStringLiteral } from "nuqs/server";

import { ACTIVITY_DIMENSION_IDS, DEFAULT_DIMENSION } from "@/lib/activity/dimensions";

import { eventsViewParsers, eventsViewProblems, rawValues, type RawParams } from "./events-view";

/**
 * The Overview's URL: the same listed view as the Events page (so a link moves between
 * them unchanged), and the dimension the activity chart is stacked by.
 */
export const overviewViewParsers = {
  regions: eventsViewParsers.regions,
  f: eventsViewParsers.f,
  failures: eventsViewParsers.failures,
  flagged: eventsViewParsers.flagged,
  range: eventsViewParsers.range,
  from: eventsViewParsers.from,
  to: eventsViewParsers.to,
  tz: eventsViewParsers.tz,
  by: parseAsStringLiteral(ACTIVITY_DIMENSION_IDS).withDefault(DEFAULT_DIMENSION),
};

export const loadOverviewView = createLoader(overviewViewParsers);
export const serializeOverviewView = createSerializer(overviewViewParsers);

/** The Events view's problems, and a `by` that is not a dimension. */
export function overviewViewProblems(raw: RawParams, regions: readonly string[]): string[] {
  const problems = eventsViewProblems(raw, regions);
  const by = rawValues(raw, "by")[0];
  if (by !== undefined && !(ACTIVITY_DIMENSION_IDS as readonly string[]).includes(by)) {
    problems.push(
      `“by=${by}” is not one of ${ACTIVITY_DIMENSION_IDS.join(", ")}; the activity chart is stacked by ${DEFAULT_DIMENSION}.`,
    );
  }
  return problems;
}
