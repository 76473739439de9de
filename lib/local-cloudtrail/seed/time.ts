import "server-only";

import { DAY } from "./constants";

/** CloudTrail's eventTime: UTC, whole seconds, no milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
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
