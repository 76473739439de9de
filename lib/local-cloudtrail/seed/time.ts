import "server-only";

import { DAY } from "./constants";

const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) =>
  String(i).padStart(2, "0"),
);
let cachedDay = Number.NaN;
let cachedDayPrefix = "";

/**
 * CloudTrail's eventTime: UTC, whole seconds, no milliseconds. Called for every event, so
 * the date part is formatted once per day and the time of day by table lookups.
 */
export function isoSeconds(ms: number): string {
  const day = Math.floor(ms / DAY);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayPrefix = new Date(day * DAY).toISOString().slice(0, 11);
  }
  const seconds = Math.floor((ms - day * DAY) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${cachedDayPrefix}${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[seconds % 60]}Z`;
}

export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The "Aug 1, 2024 1:33:28 PM" form IAM and STS use in responseElements. */
export function javaDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  const ss = String(d.getUTCSeconds()).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${hour12}:${mm}:${ss} ${h < 12 ? "AM" : "PM"}`;
}
