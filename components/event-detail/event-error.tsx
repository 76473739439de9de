import { useId } from "react";

import { ExpandableRecordText } from "@/components/expandable-record-text";
import { RecordText } from "@/components/record-text";
import type { TrailEvent } from "@/lib/events/trail-event";

/** The call's failure, first and plain to see: AccessDenied is often the whole story. */
export function EventError({ event }: { event: TrailEvent }) {
  const headingId = useId();
  if (!event.errorCode && !event.errorMessage) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm"
    >
      <p id={headingId} className="font-semibold text-destructive">
        The call failed
        {event.errorCode && (
          <>
            : <RecordText value={event.errorCode} max={200} className="wrap-anywhere" />
          </>
        )}
      </p>
      {event.errorMessage && (
        <p className="mt-1 text-foreground">
          <ExpandableRecordText value={event.errorMessage} />
        </p>
      )}
    </section>
  );
}
