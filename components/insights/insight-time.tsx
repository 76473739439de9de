"use client";

import { useIsClient } from "@/components/use-is-client";
import { formatTime } from "@/lib/format/format-time";
import type { TimeZoneChoice } from "@/lib/view/events-view";

/**
 * A time to the minute (Insights are whole minutes), in the zone the column names. The
 * server cannot know the browser's zone, so a local time renders after hydration; until
 * then it shows UTC, marked as such.
 */
export function InsightTime({
  iso,
  timeZone,
  showZone = false,
}: {
  iso: string;
  timeZone: TimeZoneChoice;
  /** Name the zone after the time, where no column header names it. */
  showZone?: boolean;
}) {
  const isClient = useIsClient();
  const zone = timeZone === "local" && !isClient ? "utc" : timeZone;
  const zoneName =
    zone === "utc" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone || "local";
  return (
    <time dateTime={iso}>
      {formatTime(iso, zone).slice(0, 16)}
      {showZone || zone !== timeZone ? ` ${zoneName}` : ""}
    </time>
  );
}
