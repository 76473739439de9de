import type { TimeZoneChoice } from "@/lib/view/events-view";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Clocks differ a little; an end slightly ahead of this browser's now is not a mistake. */
export const FUTURE_SLACK_MS = 5 * MINUTE;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant as a `datetime-local` value ("2026-03-01T10:05"), on the UTC or the local clock. */
export function toDateTimeLocal(ms: number, tz: TimeZoneChoice): string {
  const d = new Date(ms);
  if (tz === "utc") return d.toISOString().slice(0, 16);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const DATE_TIME_LOCAL = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?$/;

/** A `datetime-local` value read on the UTC or the local clock; null when it is no real time. */
export function fromDateTimeLocal(text: string, tz: TimeZoneChoice): number | null {
  const match = DATE_TIME_LOCAL.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0, ms = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return null;
  if (hour === undefined || minute === undefined) return null;
  const fields = [year, month - 1, day, hour, minute, second, ms] as const;
  const date = tz === "utc" ? new Date(Date.UTC(...fields)) : new Date(...fields);
  // Date rolls 31 February over into March; a value that does not survive the trip is no date.
  const dayOfMonth = tz === "utc" ? date.getUTCDate() : date.getDate();
  return dayOfMonth === day ? date.getTime() : null;
}

export interface CustomRangeCheck {
  start: number | null;
  end: number | null;
  fromError: string | null;
  toError: string | null;
  /** Not an error: the range can be applied, but part of it cannot hold events. */
  warning: string | null;
}

/** Reads and checks the From and To inputs of a custom range. */
export function checkCustomRange(
  fromText: string,
  toText: string,
  tz: TimeZoneChoice,
  now: number,
  /** LookupEvents returns this many days of events and nothing older; null: no limit. */
  historyDays: number | null = 90,
): CustomRangeCheck {
  const start = fromDateTimeLocal(fromText, tz);
  const end = fromDateTimeLocal(toText, tz);
  let fromError: string | null = null;
  let toError: string | null = null;
  const latest = now + FUTURE_SLACK_MS;

  if (start === null) fromError = "Enter the date and time the range starts.";
  else if (start > latest) fromError = "From is in the future.";
  if (end === null) toError = "Enter the date and time the range ends.";
  else if (end > latest) toError = "To is in the future.";
  else if (start !== null && start >= end) toError = "To must be later than From.";

  const oldest = historyDays === null ? -Infinity : now - historyDays * DAY;
  const warning =
    start !== null && start < oldest
      ? `CloudTrail keeps ${historyDays} days of event history: nothing before ${toDateTimeLocal(oldest, tz).replace("T", " ")}${tz === "utc" ? " UTC" : ""} can be found.`
      : null;
  return { start, end, fromError, toError, warning };
}
