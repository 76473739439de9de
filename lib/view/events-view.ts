import {
  createLoader,
  createParser,
  createSerializer,
  parseAsIsoDateTime,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";

import { LOOKUP_ATTRIBUTE_KEYS, LOOKUP_ATTRIBUTE_LABELS } from "./lookup-attributes";
import { DEFAULT_TIME_RANGE, TIME_RANGE_PRESET_KEYS, TIME_RANGE_PRESETS } from "./time-range";

export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

const parseAsRegion = createParser({
  parse: (value: string) => (REGION_PATTERN.test(value) ? value : null),
  serialize: (value: string) => value,
});

/**
 * The Events view as it lives in the URL. Server (page, route handler) and client (nuqs
 * hooks) parse it with these same parsers, so a shared link means the same thing to both.
 */
export const eventsViewParsers = {
  region: parseAsRegion,
  attr: parseAsStringLiteral(LOOKUP_ATTRIBUTE_KEYS),
  value: parseAsString,
  range: parseAsStringLiteral(TIME_RANGE_PRESET_KEYS).withDefault(DEFAULT_TIME_RANGE),
  from: parseAsIsoDateTime,
  to: parseAsIsoDateTime,
  event: parseAsString,
};

export type EventsView = inferParserType<typeof eventsViewParsers>;

export const loadEventsView = createLoader(eventsViewParsers);
export const serializeEventsView = createSerializer(eventsViewParsers);

const EXPECTED: Record<keyof typeof eventsViewParsers, string> = {
  region: "a region name such as us-east-1",
  attr: `one of ${LOOKUP_ATTRIBUTE_KEYS.join(", ")}`,
  value: "text",
  range: `one of ${TIME_RANGE_PRESET_KEYS.join(", ")}`,
  from: "a date and time such as 2026-01-31T12:00:00Z",
  to: "a date and time such as 2026-01-31T12:00:00Z",
  event: "an event ID",
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * What is wrong with a URL's view parameters, in words for the page. Each problem names
 * the parameter and what the page does instead; the view itself falls back to defaults.
 */
export function eventsViewProblems(raw: RawParams, regions: readonly string[]): string[] {
  const get = (key: string) => {
    const value = raw instanceof URLSearchParams ? raw.get(key) : raw[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const problems: string[] = [];
  for (const key of Object.keys(eventsViewParsers) as (keyof typeof eventsViewParsers)[]) {
    const value = get(key);
    if (value === undefined || value === null) continue;
    if (eventsViewParsers[key].parse(value) === null) {
      problems.push(`“${key}=${value}” is not ${EXPECTED[key]}; it was ignored.`);
    }
  }

  const view = loadEventsView(raw);
  if (view.region && !regions.includes(view.region)) {
    problems.push(
      `Region ${view.region} is not one of this dashboard's regions (${regions.join(", ")}); showing ${regions[0]}.`,
    );
  }
  if (view.attr && !view.value) {
    problems.push(`The ${LOOKUP_ATTRIBUTE_LABELS[view.attr]} filter has no value; it was ignored.`);
  }
  if (view.attr === "ReadOnly" && view.value && !["true", "false"].includes(view.value)) {
    problems.push(`Read only must be true or false, not “${view.value}”; the filter was ignored.`);
  }
  if (view.from && view.to && view.from > view.to) {
    problems.push(
      `The time range starts after it ends; showing ${TIME_RANGE_PRESETS[view.range].label.toLowerCase()}.`,
    );
  }
  return problems;
}

/** The view with the problems above corrected, which is what the page shows. */
export function effectiveEventsView(view: EventsView, regions: readonly string[]): EventsView {
  const region = view.region && regions.includes(view.region) ? view.region : regions[0];
  const filterUsable =
    !!view.attr &&
    !!view.value &&
    (view.attr !== "ReadOnly" || ["true", "false"].includes(view.value));
  const rangeUsable = !(view.from && view.to && view.from > view.to);
  return {
    ...view,
    region,
    attr: filterUsable ? view.attr : null,
    value: filterUsable ? view.value : null,
    from: rangeUsable ? view.from : null,
    to: rangeUsable ? view.to : null,
  };
}
