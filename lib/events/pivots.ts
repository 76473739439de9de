import { serializeEventsView, type TimeZoneChoice } from "@/lib/view/events-view";

import { conditionProblem, type Condition } from "./conditions";
import type { EventRef } from "./event-ref";
import type { TrailEvent } from "./trail-event";

/**
 * Links out of one event: its own page, a comparison of several, and pivots, which list
 * what else happened around it with one thing in common (the user, the key, the IP, a
 * resource) in every region. Pure, so the page, the side sheet and the tests share them.
 */

/** How far either side of the event a pivot looks: enough for a session's burst of calls. */
export const PIVOT_WINDOW_MS = 15 * 60_000;

/** A record can name dozens of resources; past a few, pivots stop being a shortcut. */
export const MAX_RESOURCE_PIVOTS = 5;

export interface Pivot {
  /** "Same user", "Same access key", "Same source IP", "Same resource". */
  label: string;
  /** The value the pivot holds fixed. */
  value: string;
  condition: Condition;
  href: string;
}

export interface ReferencedResource {
  type: string;
  name: string;
  /** The ARN, when the record's own `resources` lists one for this resource. */
  arn?: string;
  /** LookupEvents lists it (so CloudTrail can filter on it), or only the record does. */
  source: "lookup" | "record";
}

/** The event's own page. */
export function eventPageHref(ref: EventRef, timeZone: TimeZoneChoice = "utc"): string {
  const path = `/events/${encodeURIComponent(ref.region)}/${encodeURIComponent(ref.id)}`;
  return timeZone === "local" ? `${path}?tz=local` : path;
}

/** The compare page for these events, in this order (`?e=region:eventId`, repeated). */
export function compareHref(refs: readonly EventRef[], timeZone: TimeZoneChoice = "utc"): string {
  const params = refs.map(
    (ref) => `e=${encodeURIComponent(ref.region)}:${encodeURIComponent(ref.id)}`,
  );
  if (timeZone === "local") params.push("tz=local");
  return `/events/compare?${params.join("&")}`;
}

/** The window a pivot lists: PIVOT_WINDOW_MS either side of the event; null if its time is unreadable. */
export function pivotWindow(time: string): { from: Date; to: Date } | null {
  const at = new Date(time).getTime();
  if (Number.isNaN(at)) return null;
  return { from: new Date(at - PIVOT_WINDOW_MS), to: new Date(at + PIVOT_WINDOW_MS) };
}

/** The Events list in every region, filtered on one condition, around the event's time. */
export function pivotHref(
  condition: Condition,
  window: { from: Date; to: Date },
  timeZone: TimeZoneChoice = "utc",
): string {
  return serializeEventsView("/events", {
    regions: "all",
    f: [condition],
    from: window.from,
    to: window.to,
    tz: timeZone,
  });
}

/**
 * The resources an event names: LookupEvents' list, each with its ARN from the record when
 * the record lists it, then the record's ARNs that LookupEvents did not list.
 */
export function referencedResources(event: TrailEvent): ReferencedResource[] {
  const arns = recordResourceArns(event.record);
  const used = new Set<string>();
  const listed: ReferencedResource[] = [];
  for (const resource of event.resources) {
    if (!resource.name) continue;
    if (listed.some((r) => r.type === resource.type && r.name === resource.name)) continue;
    const match = arns.find((r) => !used.has(r.arn) && arnNames(r.arn, resource.name));
    if (match) used.add(match.arn);
    listed.push({ type: resource.type, name: resource.name, arn: match?.arn, source: "lookup" });
  }
  for (const { type, arn } of arns) {
    if (!used.has(arn)) {
      used.add(arn);
      listed.push({ type, name: arn, arn, source: "record" });
    }
  }
  return listed;
}

/**
 * The pivots an event offers; one it has no value for is left out. CloudTrail's own lookup
 * attributes are used where one fits (it filters those itself); the source IP and ARNs that
 * only the record holds are fields the server tests on each page of the window.
 */
export function eventPivots(event: TrailEvent, timeZone: TimeZoneChoice = "utc"): Pivot[] {
  const window = pivotWindow(event.time);
  if (!window) return [];
  const pivots: Pivot[] = [];
  const add = (label: string, condition: Condition) => {
    if (conditionProblem(condition)) return;
    pivots.push({
      label,
      value: condition.value,
      condition,
      href: pivotHref(condition, window, timeZone),
    });
  };

  if (event.username) add("Same user", { field: "Username", value: event.username });
  const accessKeyId = event.accessKeyId || userIdentityAccessKey(event.record);
  if (accessKeyId) add("Same access key", { field: "AccessKeyId", value: accessKeyId });
  if (event.sourceIp) add("Same source IP", { field: "sourceIPAddress", value: event.sourceIp });

  const resources = referencedResources(event).slice(0, MAX_RESOURCE_PIVOTS);
  for (const resource of resources) {
    add("Same resource", {
      field: resource.source === "lookup" ? "ResourceName" : "text",
      value: resource.name,
    });
  }
  return pivots;
}

function recordResourceArns(record: Record<string, unknown>): { type: string; arn: string }[] {
  const resources = record.resources;
  if (!Array.isArray(resources)) return [];
  const arns: { type: string; arn: string }[] = [];
  for (const item of resources) {
    if (typeof item !== "object" || item === null) continue;
    const { ARN, type } = item as Record<string, unknown>;
    if (typeof ARN === "string" && ARN !== "" && !arns.some((r) => r.arn === ARN)) {
      arns.push({ type: typeof type === "string" ? type : "", arn: ARN });
    }
  }
  return arns;
}

/** Whether an ARN is the one for a resource LookupEvents names by its short name. */
function arnNames(arn: string, name: string): boolean {
  return arn === name || arn.endsWith(`:${name}`) || arn.endsWith(`/${name}`);
}

function userIdentityAccessKey(record: Record<string, unknown>): string | undefined {
  const identity = record.userIdentity;
  if (typeof identity !== "object" || identity === null) return undefined;
  const key = (identity as Record<string, unknown>).accessKeyId;
  return typeof key === "string" && key !== "" ? key : undefined;
}
