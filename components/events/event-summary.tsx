import type { ReactNode } from "react";

import type { TrailEvent } from "@/lib/events/trail-event";

import { formatUtcTime } from "@/lib/format/format-utc-time";

/** The few facts an analyst reads first, above the full record. */
export function EventSummary({ event }: { event: TrailEvent }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1.5 text-sm">
      <Fact term="Time (UTC)">
        <time dateTime={event.time}>{formatUtcTime(event.time)}</time>
      </Fact>
      <Fact term="User">{event.username ?? event.identityArn ?? "—"}</Fact>
      <Fact term="Source IP">{event.sourceIp ?? "—"}</Fact>
      <Fact term="Region">{event.region || "—"}</Fact>
      {event.errorCode && (
        <Fact term="Error">
          <span className="text-destructive">{event.errorCode}</span>
          {event.errorMessage && (
            <span className="block text-muted-foreground">{event.errorMessage}</span>
          )}
        </Fact>
      )}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}
