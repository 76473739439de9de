"use client";

import { useSyncExternalStore } from "react";

import { formatTime } from "@/lib/format/format-time";
import type { TimeZoneChoice } from "@/lib/view/events-view";

const subscribeToNothing = () => () => {};

/**
 * An event's time in UTC, or in the browser's time zone. The server cannot know that zone,
 * so a local time renders after hydration; until then (and without JavaScript) it shows UTC.
 */
export function EventTime({ iso, timeZone }: { iso: string; timeZone: TimeZoneChoice }) {
  const local = useSyncExternalStore(
    subscribeToNothing,
    () => (timeZone === "local" ? localTime(iso) : null),
    () => null,
  );
  return <time dateTime={iso}>{local ?? `${formatTime(iso, "utc")} UTC`}</time>;
}

function localTime(iso: string): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${formatTime(iso, "local")} ${zone}`;
}
