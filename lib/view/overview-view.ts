import { createLoader, createSerializer, parseAsStringLiteral } from "nuqs/server";

import { ACTIVITY_DIMENSION_IDS, DEFAULT_DIMENSION } from "@/lib/activity/dimensions";

import { eventsViewParsers } from "./events-view";

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
