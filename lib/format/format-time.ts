import type { TimeZoneChoice } from "@/lib/view/events-view";

const localFormat = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * "2026-11-24 13:45:12" for an instant (ISO 8601, or epoch milliseconds), in UTC
 * (CloudTrail's own) or in the browser's time zone. Local times depend on where the page
 * runs: render them on the client.
 */
export function formatTime(instant: string | number, timeZone: TimeZoneChoice): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  if (timeZone === "utc") return date.toISOString().slice(0, 19).replace("T", " ");
  return localFormat.format(date).replace(",", "");
}
