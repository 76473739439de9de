import Link from "next/link";

import { RecordText } from "@/components/record-text";
import { eventPivots, pivotWindow } from "@/lib/events/pivots";
import type { TrailEvent } from "@/lib/events/trail-event";
import { formatTime } from "@/lib/format/format-time";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { DetailSection, type HeadingLevel } from "./detail-section";

interface EventPivotsProps {
  event: TrailEvent;
  timeZone: TimeZoneChoice;
  level: HeadingLevel;
}

/** Links to what else happened around this event with one thing in common, in every region. */
export function EventPivots({ event, timeZone, level }: EventPivotsProps) {
  const pivots = eventPivots(event, timeZone);
  const window = pivotWindow(event.time);
  return (
    <DetailSection title="Related activity" level={level}>
      {pivots.length === 0 || !window ? (
        <p className="text-sm text-muted-foreground">
          This event names no user, access key, source IP or resource to look for elsewhere.
        </p>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">
            Events in all regions from 15 minutes before to 15 minutes after this one (
            {formatTime(window.from.toISOString(), "utc")} to{" "}
            {formatTime(window.to.toISOString(), "utc")} UTC) that share:
          </p>
          <ul className="flex flex-wrap gap-2">
            {pivots.map((pivot) => (
              <li key={pivot.href} className="min-w-0 max-w-full">
                <Link
                  href={pivot.href}
                  className="flex min-w-0 max-w-full flex-col rounded-md border border-border px-3 py-1.5 text-sm outline-none hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span className="font-medium">{pivot.label}</span>
                  <RecordText
                    value={pivot.value}
                    max={200}
                    className="truncate font-mono text-xs text-muted-foreground"
                  />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </DetailSection>
  );
}
