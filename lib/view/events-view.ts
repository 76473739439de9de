import {
  createLoader,
  createMultiParser,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsIsoDateTime,
  parseAsNativeArrayOf,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";

import {
  CONDITION_FIELD_SPECS,
  conditionProblem,
  formatConditionParam,
  isConditionField,
  parseConditionParam,
  type Condition,
} from "@/lib/events/conditions";
import { isFlaggedChoice, type FlaggedChoice } from "@/lib/events/flagged";
import {
  EVENT_ID_PATTERN,
  formatEventRef,
  splitEventRef,
  type EventRef,
} from "@/lib/events/event-ref";

import { DEFAULT_COLUMNS, DEFAULT_SORT, isColumnId } from "./columns";
import { REGION_PATTERN, selectedRegions, type RegionSelection } from "./regions";
import { DEFAULT_TIME_RANGE, TIME_RANGE_PRESET_KEYS, TIME_RANGE_PRESETS } from "./time-range";

const parseAsRegions = createParser<RegionSelection>({
  parse: (value) => {
    if (value === "all") return "all";
    const regions = value.split(",").filter(Boolean);
    return regions.length > 0 && regions.every((r) => REGION_PATTERN.test(r)) ? regions : null;
  },
  serialize: (value) => (value === "all" ? "all" : value.join(",")),
  eq: (a, b) => (a === "all" || b === "all" ? a === b : a.join(",") === b.join(",")),
});

const parseAsCondition = createParser<Condition>({
  parse: parseConditionParam,
  serialize: formatConditionParam,
  eq: (a, b) => a.field === b.field && a.value === b.value,
});

const parseAsColumnId = createParser<string>({
  parse: (value) => (isColumnId(value) ? value : null),
  serialize: (value) => value,
});

/**
 * A URL can hold hundreds of conditions and columns, and every condition runs on every event
 * read: a view keeps the first of each, up to these, and eventsViewProblems says so.
 */
export const MAX_CONDITIONS = 20;
export const MAX_COLUMNS = 40;

const conditionList = parseAsNativeArrayOf(parseAsCondition);
const parseAsConditions = createMultiParser<Condition[]>({
  parse: (values) => conditionList.parse(values)?.slice(0, MAX_CONDITIONS) ?? null,
  serialize: conditionList.serialize,
  eq: conditionList.eq,
});

const columnList = parseAsArrayOf(parseAsColumnId);
const parseAsColumns = createParser<string[]>({
  parse: (value) => columnList.parse(value)?.slice(0, MAX_COLUMNS) ?? null,
  serialize: columnList.serialize,
  eq: columnList.eq,
});

/** Only "true" or "false": nuqs' own boolean parser reads any other word as false. */
const parseAsStrictBoolean = createParser<boolean>({
  parse: (value) => (value === "true" ? true : value === "false" ? false : null),
  serialize: String,
});

/** "any", or the id of one detection rule. */
const parseAsFlagged = createParser<FlaggedChoice>({
  parse: (value) => (isFlaggedChoice(value) ? value : null),
  serialize: (value) => value,
});

/** The open event as "region:eventId": an event ID alone does not say where to look it up. */
const parseAsOpenEvent = createParser<EventRef>({
  parse: (value) => {
    const ref = splitEventRef(value);
    return ref && REGION_PATTERN.test(ref.region) && EVENT_ID_PATTERN.test(ref.id) ? ref : null;
  },
  serialize: formatEventRef,
  eq: (a, b) => a.region === b.region && a.id === b.id,
});

export const TIME_ZONES = ["utc", "local"] as const;
export type TimeZoneChoice = (typeof TIME_ZONES)[number];

/**
 * The Events view as it lives in the URL. Server (page, route handlers) and client (nuqs
 * hooks) parse it with these same parsers, so a shared link means the same thing to both.
 */
export const eventsViewParsers = {
  /** "all", or comma-separated regions; missing means the dashboard's first region. */
  regions: parseAsRegions,
  /** Conditions, all of which must hold: repeated `f=field:value`. */
  f: parseAsConditions.withDefault([]),
  failures: parseAsStrictBoolean.withDefault(false),
  /** Only events a detection rule flags: "any" or a rule's id. */
  flagged: parseAsFlagged,
  range: parseAsStringLiteral(TIME_RANGE_PRESET_KEYS).withDefault(DEFAULT_TIME_RANGE),
  from: parseAsIsoDateTime,
  to: parseAsIsoDateTime,
  tz: parseAsStringLiteral(TIME_ZONES).withDefault("utc"),
  cols: parseAsColumns.withDefault([...DEFAULT_COLUMNS]),
  sort: parseAsColumnId.withDefault(DEFAULT_SORT),
  order: parseAsStringLiteral(["asc", "desc"] as const).withDefault("desc"),
  event: parseAsOpenEvent,
};

export type EventsView = inferParserType<typeof eventsViewParsers>;

export const loadEventsView = createLoader(eventsViewParsers);
export const serializeEventsView = createSerializer(eventsViewParsers);

const EXPECTED: Record<string, string> = {
  regions: "“all” or region names separated by commas, such as us-east-1,eu-west-1",
  failures: "true or false",
  flagged: "“any” or the id of a detection rule",
  range: `one of ${TIME_RANGE_PRESET_KEYS.join(", ")}`,
  from: "a date and time such as 2026-01-31T12:00:00Z",
  to: "a date and time such as 2026-01-31T12:00:00Z",
  tz: "utc or local",
  cols: "column names or record paths separated by commas",
  sort: "a column name or record path",
  order: "asc or desc",
  event: "a region and an event ID, such as us-east-1:0d7e…",
};

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

export function rawValues(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const value = raw[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function conditionParamProblem(text: string): string | null {
  const colon = text.indexOf(":");
  const field = colon < 1 ? "" : text.slice(0, colon);
  if (!isConditionField(field)) {
    return `“f=${text}” is not a condition: write field:value, where field is one of ${Object.keys(CONDITION_FIELD_SPECS).join(", ")}. It was ignored.`;
  }
  const problem = conditionProblem({ field, value: text.slice(colon + 1) });
  return problem ? `${problem} It was ignored.` : null;
}

/**
 * What is wrong with a URL's view parameters, in words for the page. Each problem names
 * the parameter and what the page does instead; the view itself falls back to defaults.
 */
export function eventsViewProblems(raw: RawParams, regions: readonly string[]): string[] {
  const problems: string[] = [];
  const conditionTexts = rawValues(raw, "f");
  for (const text of conditionTexts) {
    const problem = conditionParamProblem(text);
    if (problem) problems.push(problem);
  }
  const usable = conditionTexts.filter((text) => parseConditionParam(text) !== null).length;
  if (usable > MAX_CONDITIONS) {
    problems.push(
      `A view takes at most ${MAX_CONDITIONS} conditions; the first ${MAX_CONDITIONS} apply and the other ${usable - MAX_CONDITIONS} were ignored.`,
    );
  }
  for (const [key, expected] of Object.entries(EXPECTED)) {
    const value = rawValues(raw, key)[0];
    if (value === undefined) continue;
    const parser = eventsViewParsers[key as keyof typeof eventsViewParsers];
    if (key === "cols") {
      const ids = value.split(",");
      const bad = ids.filter((id) => !isColumnId(id));
      if (bad.length > 0)
        problems.push(
          `Columns ${bad.map((id) => `“${id}”`).join(", ")} are not column names or record paths; they were left out.`,
        );
      const good = ids.length - bad.length;
      if (good > MAX_COLUMNS)
        problems.push(
          `A view shows at most ${MAX_COLUMNS} columns; the first ${MAX_COLUMNS} are shown and the other ${good - MAX_COLUMNS} were left out.`,
        );
      continue;
    }
    if ((parser.parse as (v: string) => unknown)(value) === null) {
      problems.push(`“${key}=${value}” is not ${expected}; it was ignored.`);
    }
  }

  const view = loadEventsView(raw);
  if (view.regions && view.regions !== "all") {
    const unknown = view.regions.filter((region) => !regions.includes(region));
    if (unknown.length > 0) {
      const left = selectedRegions(view.regions, regions);
      problems.push(
        `${unknown.join(", ")} ${unknown.length === 1 ? "is not one of" : "are not among"} this dashboard's regions (${regions.join(", ")}); showing ${left.length > 0 ? left.join(", ") : regions[0]}.`,
      );
    }
  }
  if (view.from && view.to && view.from > view.to) {
    problems.push(
      `The time range starts after it ends; showing the ${TIME_RANGE_PRESETS[view.range].label.toLowerCase()}.`,
    );
  }
  return problems;
}

/** The view with the problems above corrected, which is what the page shows. */
export function effectiveEventsView(view: EventsView, regions: readonly string[]): EventsView {
  const chosen = view.regions ? selectedRegions(view.regions, regions) : [];
  const rangeUsable = !(view.from && view.to && view.from > view.to);
  return {
    ...view,
    regions: view.regions === "all" ? "all" : chosen.length > 0 ? chosen : [regions[0]],
    from: rangeUsable ? view.from : null,
    to: rangeUsable ? view.to : null,
    cols: view.cols.length > 0 ? view.cols : [...DEFAULT_COLUMNS],
  };
}

/** The regions an effective view queries. */
export function viewRegions(view: EventsView, regions: readonly string[]): string[] {
  return view.regions ? selectedRegions(view.regions, regions) : [regions[0]];
}

/** The parts of a view that decide which events are listed (not how they are shown). */
export function listedPart(view: EventsView) {
  return {
    regions: view.regions,
    f: view.f,
    failures: view.failures,
    flagged: view.flagged,
    range: view.range,
    from: view.from,
    to: view.to,
  };
}

export type ListedView = ReturnType<typeof listedPart>;
