import { EVENT_ID_PATTERN } from "@/lib/events/event-ref";
import type { TrailEvent } from "@/lib/events/trail-event";

/**
 * CloudTrail Insights as the dashboard shows them: one Insight per unusual episode, built
 * from the Start and End records CloudTrail writes for it (they share `sharedEventID`).
 * Safe for the client bundle.
 */

export const INSIGHT_TYPES = ["ApiCallRateInsight", "ApiErrorRateInsight"] as const;
export type InsightType = (typeof INSIGHT_TYPES)[number];

/** One value of an attribute (a caller, a user agent, an error code), per minute on average. */
export interface AttributionValue {
  value: string;
  /** During the insight; undefined when the value was not among the insight's top values. */
  insightAverage?: number;
  /** In the baseline; undefined when the value was not among the baseline's top values. */
  baselineAverage?: number;
}

export interface InsightAttribution {
  /** CloudTrail's name: userIdentityArn, userAgent or errorCode. */
  attribute: string;
  values: AttributionValue[];
}

export interface Insight {
  /** The sharedEventID of its Start and End records. */
  id: string;
  /** The region it was read from (not the record's own claim). */
  region: string;
  type: InsightType;
  eventSource: string;
  eventName: string;
  /** The error code an API error rate insight counts. */
  errorCode?: string;
  /** ISO 8601: the Start record's time (or, with no Start in range, the End's less the duration). */
  start: string;
  /** ISO 8601: the End record's time; undefined while the insight is open (no End read). */
  end?: string;
  /** Calls (or errors) per minute in the baseline period before the insight. */
  baselineAverage: number;
  /** Calls (or errors) per minute during the insight: the End's figure, else the Start's. */
  insightAverage: number;
  /** Minutes. */
  insightDuration?: number;
  /** Minutes of history the baseline was measured over. */
  baselineDuration?: number;
  attributions: InsightAttribution[];
  startEventId?: string;
  endEventId?: string;
}

/** A record that could not be read as part of an insight, shown as such rather than dropped. */
export interface UnreadableInsightRecord {
  region: string;
  eventId: string;
  time: string;
  problem: string;
}

export interface ParsedInsights {
  insights: Insight[];
  unreadable: UnreadableInsightRecord[];
}

/** Longest text kept from a record: names and sources are short; anything longer is not one. */
const MAX_TEXT = 256;
/** Attributions are top-5 lists on AWS; more is padding, kept out of the page. */
const MAX_ATTRIBUTIONS = 10;
const MAX_ATTRIBUTION_VALUES = 10;
/** A year, in minutes: longer durations are not CloudTrail's, and would date an insight nowhere. */
const MAX_MINUTES = 366 * 24 * 60;

interface InsightRecord {
  eventId: string;
  time: number;
  sharedEventId: string;
  state: "Start" | "End";
  type: InsightType;
  eventSource: string;
  eventName: string;
  errorCode?: string;
  baselineAverage: number;
  insightAverage: number;
  insightDuration?: number;
  baselineDuration?: number;
  attributions: InsightAttribution[];
}

/**
 * Turns a region's Insights events into Insights, newest first. Records are whatever the
 * account's history holds, so nothing here trusts their shape: a record that cannot be read
 * is listed in `unreadable` with the reason, and the rest are still shown.
 */
export function parseInsights(region: string, events: readonly TrailEvent[]): ParsedInsights {
  const unreadable: UnreadableInsightRecord[] = [];
  const groups = new Map<string, { start?: InsightRecord; end?: InsightRecord }>();

  for (const event of events) {
    const read = readInsightRecord(event);
    if (typeof read === "string") {
      unreadable.push(unreadableOf(region, event, read));
      continue;
    }
    const group = groups.get(read.sharedEventId) ?? {};
    const slot = read.state === "Start" ? "start" : "end";
    if (group[slot]) {
      unreadable.push(
        unreadableOf(
          region,
          event,
          `a second ${read.state} record for insight ${read.sharedEventId}`,
        ),
      );
      continue;
    }
    group[slot] = read;
    groups.set(read.sharedEventId, group);
  }

  const insights: Insight[] = [];
  for (const [id, group] of groups) {
    const start = group.start;
    let end = group.end;
    if (start && end) {
      const problem = pairProblem(start, end);
      if (problem) {
        unreadable.push({
          region,
          eventId: end.eventId,
          time: new Date(end.time).toISOString(),
          problem,
        });
        end = undefined;
      }
    }
    const insight = combine(id, region, start, end);
    if (typeof insight === "string") {
      const record = (start ?? end)!;
      unreadable.push({
        region,
        eventId: record.eventId,
        time: new Date(record.time).toISOString(),
        problem: insight,
      });
    } else {
      insights.push(insight);
    }
  }
  return { insights: sortInsights(insights), unreadable };
}

/** Newest first by start; ties by region and ID, so the order is stable across reads. */
export function sortInsights(insights: Insight[]): Insight[] {
  return insights.sort(
    (a, b) =>
      b.start.localeCompare(a.start) ||
      a.region.localeCompare(b.region) ||
      a.id.localeCompare(b.id),
  );
}

function combine(
  id: string,
  region: string,
  start: InsightRecord | undefined,
  end: InsightRecord | undefined,
): Insight | string {
  const first = start ?? end!;
  const stats = end ?? start!;
  const insightDuration = end?.insightDuration ?? start?.insightDuration;
  let startTime = start?.time;
  if (startTime === undefined) {
    // CloudTrail's own duration dates an insight whose Start fell outside the range read.
    if (insightDuration === undefined)
      return "an End record with no Start record and no insightDuration";
    startTime = end!.time - insightDuration * 60_000;
  }
  return {
    id,
    region,
    type: first.type,
    eventSource: first.eventSource,
    eventName: first.eventName,
    ...(first.errorCode !== undefined && { errorCode: first.errorCode }),
    start: new Date(startTime).toISOString(),
    ...(end && { end: new Date(end.time).toISOString() }),
    baselineAverage: stats.baselineAverage,
    insightAverage: stats.insightAverage,
    ...(insightDuration !== undefined && { insightDuration }),
    ...(stats.baselineDuration !== undefined && { baselineDuration: stats.baselineDuration }),
    attributions: stats.attributions,
    ...(start && { startEventId: start.eventId }),
    ...(end && { endEventId: end.eventId }),
  };
}

/** Why an End record cannot close its Start, or null when it can. */
function pairProblem(start: InsightRecord, end: InsightRecord): string | null {
  if (
    start.type !== end.type ||
    start.eventSource !== end.eventSource ||
    start.eventName !== end.eventName ||
    start.errorCode !== end.errorCode
  ) {
    return `its Start record describes another insight (${start.eventSource} ${start.eventName}); the End was set aside`;
  }
  if (end.time < start.time) return "the End record is earlier than its Start; it was set aside";
  return null;
}

function readInsightRecord(event: TrailEvent): InsightRecord | string {
  const record = event.record;
  if ("unparsed" in record) return "the record is not valid JSON";
  const time = Date.parse(event.time);
  if (Number.isNaN(time)) return "the record has no valid time";
  const sharedEventId = record.sharedEventID;
  if (typeof sharedEventId !== "string" || !EVENT_ID_PATTERN.test(sharedEventId))
    return "the record has no valid sharedEventID";
  const details = asObject(record.insightDetails);
  if (!details) return "the record has no insightDetails";
  const state = details.state;
  if (state !== "Start" && state !== "End") return `unknown state ${quote(state)}`;
  const type = INSIGHT_TYPES.find((t) => t === details.insightType);
  if (!type) return `unknown insight type ${quote(details.insightType)}`;
  const eventSource = shortText(details.eventSource) ?? shortText(event.source);
  const eventName = shortText(details.eventName) ?? shortText(event.name);
  if (!eventSource || !eventName) return "the record names no event source or event name";
  const errorCode = shortText(details.errorCode);
  const context = asObject(details.insightContext);
  const statistics = asObject(context?.statistics);
  const baselineAverage = rate(asObject(statistics?.baseline)?.average);
  const insightAverage = rate(asObject(statistics?.insight)?.average);
  if (baselineAverage === undefined || insightAverage === undefined)
    return "the record has no baseline or insight average";
  const insightDuration = minutes(statistics?.insightDuration);
  const baselineDuration = minutes(statistics?.baselineDuration);
  return {
    eventId: event.id,
    time,
    sharedEventId,
    state,
    type,
    eventSource,
    eventName,
    ...(errorCode !== undefined && { errorCode }),
    baselineAverage,
    insightAverage,
    ...(insightDuration !== undefined && { insightDuration }),
    ...(baselineDuration !== undefined && { baselineDuration }),
    attributions: readAttributions(context?.attributions),
  };
}

/** Attributions are extra detail: malformed parts are left out rather than failing the insight. */
function readAttributions(value: unknown): InsightAttribution[] {
  if (!Array.isArray(value)) return [];
  const out: InsightAttribution[] = [];
  for (const item of value.slice(0, MAX_ATTRIBUTIONS)) {
    const attribution = asObject(item);
    const attribute = shortText(attribution?.attribute);
    if (!attribution || !attribute) continue;
    const values = new Map<string, AttributionValue>();
    const add = (list: unknown, key: "insightAverage" | "baselineAverage") => {
      if (!Array.isArray(list)) return;
      for (const entry of list.slice(0, MAX_ATTRIBUTION_VALUES)) {
        const object = asObject(entry);
        const text = typeof object?.value === "string" ? object.value.slice(0, MAX_TEXT) : null;
        const average = rate(object?.average);
        if (text === null || average === undefined) continue;
        const current = values.get(text) ?? { value: text };
        if (current[key] === undefined) current[key] = average;
        values.set(text, current);
      }
    };
    add(attribution.insight, "insightAverage");
    add(attribution.baseline, "baselineAverage");
    out.push({
      attribute,
      values: [...values.values()].sort(
        (a, b) =>
          (b.insightAverage ?? -1) - (a.insightAverage ?? -1) ||
          (b.baselineAverage ?? -1) - (a.baselineAverage ?? -1),
      ),
    });
  }
  return out;
}

function unreadableOf(region: string, event: TrailEvent, problem: string): UnreadableInsightRecord {
  return { region, eventId: event.id, time: event.time, problem };
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function shortText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" && value.length <= MAX_TEXT
    ? value
    : undefined;
}

/** A per-minute average: finite and not negative. */
function rate(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A duration in minutes. */
function minutes(value: unknown): number | undefined {
  return typeof value === "number" && value > 0 && value <= MAX_MINUTES ? value : undefined;
}

/**
 * A record's value inside a message: short, and marked as quoted text. A list or an object
 * is named, not written out: it can be nested deeper than JSON.stringify can follow.
 */
function quote(value: unknown): string {
  const text =
    typeof value === "string"
      ? value
      : Array.isArray(value)
        ? "a list"
        : typeof value === "object" && value !== null
          ? "an object"
          : String(value ?? null);
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}
