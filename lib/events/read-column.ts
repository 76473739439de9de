import { isBuiltinColumn, type BuiltinColumnId } from "@/lib/view/columns";

import type { TrailEvent } from "./trail-event";

const BUILTIN_READERS: Record<BuiltinColumnId, (event: TrailEvent) => string> = {
  eventTime: (e) => e.time,
  eventName: (e) => e.name,
  username: (e) => e.username ?? "",
  eventSource: (e) => e.source,
  awsRegion: (e) => e.region,
  sourceIPAddress: (e) => e.sourceIp ?? "",
  errorCode: (e) => e.errorCode ?? "",
  resources: (e) => e.resources.map((r) => [r.type, r.name].filter(Boolean).join(" ")).join(", "),
  accessKeyId: (e) => e.accessKeyId ?? recordText(e.record, "userIdentity.accessKeyId"),
  readOnly: (e) =>
    e.readOnly === undefined ? recordText(e.record, "readOnly") : String(e.readOnly),
  "userIdentity.type": (e) => e.identityType ?? "",
  "userIdentity.arn": (e) => e.identityArn ?? "",
  userAgent: (e) => e.userAgent ?? "",
  recipientAccountId: (e) => recordText(e.record, "recipientAccountId"),
};

/**
 * The value at a dotted path of a record, or undefined when any step is missing. Only own
 * properties count, so a path such as `constructor.name` or `__proto__` finds nothing
 * rather than the object's prototype. Array items are reached by index (`resources.0.ARN`).
 */
export function readRecordPath(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function recordText(record: Record<string, unknown>, path: string): string {
  const value = readRecordPath(record, path);
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function computeColumn(event: TrailEvent, id: string): string {
  return isBuiltinColumn(id) ? BUILTIN_READERS[id](event) : recordText(event.record, id);
}

// Sorting 10,000 rows reads each value many times, and a filter or a new page hands the
// table the same event objects again: remembering the text per event object makes both cheap,
// and the entries go when the events do.
const textCache = new WeakMap<TrailEvent, Map<string, string>>();

/**
 * The text of a column for an event: what the table shows, sorts on and exports. Built-in
 * columns read the event's parsed fields; any other ID is a path into the full record, where
 * objects and arrays read as compact JSON and a missing value as "".
 */
export function readColumn(event: TrailEvent, id: string): string {
  let texts = textCache.get(event);
  if (!texts) {
    texts = new Map();
    textCache.set(event, texts);
  }
  let text = texts.get(id);
  if (text === undefined) {
    text = computeColumn(event, id);
    texts.set(id, text);
  }
  return text;
}

/**
 * What a column sorts on: time as epoch milliseconds (chronological whatever the display),
 * anything else as its text; undefined when the event has no value, so empty cells can sort
 * last in either order.
 */
export function sortValue(event: TrailEvent, id: string): string | number | undefined {
  if (id === "eventTime") {
    const time = Date.parse(event.time);
    return Number.isNaN(time) ? undefined : time;
  }
  const text = readColumn(event, id);
  return text === "" ? undefined : text;
}

// One collator for every comparison: `localeCompare` builds one per call, which dominates a
// 10,000-row sort. Numeric, so "i-10" follows "i-9"; case-insensitive, as people read names.
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Orders two sort values ascending: numbers by value, text in natural, case-blind order. */
export function compareSortValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Sorted columns repeat values a lot (event names, users); equal ones need no collation.
  if (a === b) return 0;
  return collator.compare(String(a), String(b));
}
