"use client";

import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";

import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
} from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import type { Finding } from "@/lib/detections/types";
import type { TrailEvent } from "@/lib/events/trail-event";
import { formatTime } from "@/lib/format/format-time";
import type { EventRef } from "@/lib/events/event-ref";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { EventDetail } from "@/components/event-detail/event-detail";
import { RecordText } from "@/components/record-text";

import { eventQueryOptions } from "./event-query";
import { RequestFailure } from "./request-failure";

interface EventDetailSheetProps {
  /** The open event (the URL's `event`), or null when none is open. */
  openEvent: EventRef | null;
  timeZone: TimeZoneChoice;
  loadedEvents: TrailEvent[];
  /** Findings over the loaded events, by event ID. */
  findings: ReadonlyMap<string, Finding[]>;
  onClose: () => void;
}

/**
 * The open event's full record. A shared link may name an event that is not among the
 * listed rows (another range, a later page); that one is fetched by ID.
 */
export function EventDetailSheet({
  openEvent,
  timeZone,
  loadedEvents,
  findings,
  onClose,
}: EventDetailSheetProps) {
  const eventId = openEvent?.id ?? null;
  const loaded = openEvent
    ? loadedEvents.find((event) => event.id === openEvent.id && event.region === openEvent.region)
    : undefined;
  const query = useQuery({
    ...eventQueryOptions(openEvent ?? { region: "", id: "" }),
    enabled: !!openEvent && !loaded,
    // As for the list: a failure from the server's render is shown, not silently retried.
    retryOnMount: false,
  });
  const event = loaded ?? query.data;
  // There is no Dialog.Trigger (the URL opens the sheet), so Radix cannot know where focus
  // was; remember it, so closing returns keyboard users to the row they opened.
  const returnFocusTo = useRef<HTMLElement | null>(null);

  return (
    <Sheet open={!!eventId} onOpenChange={(open) => !open && onClose()}>
      <SheetContent
        onOpenAutoFocus={() => {
          returnFocusTo.current =
            document.activeElement instanceof HTMLElement ? document.activeElement : null;
        }}
        onCloseAutoFocus={(closing) => {
          if (!returnFocusTo.current?.isConnected) return;
          closing.preventDefault();
          returnFocusTo.current.focus();
        }}
      >
        {event ? (
          <>
            <SheetHeader>
              <SheetTitle>
                <RecordText value={event.name} max={300} />
              </SheetTitle>
              <SheetDescription className="wrap-anywhere">
                <RecordText value={event.source} max={300} /> · {formatTime(event.time, timeZone)}{" "}
                {timeZone === "utc" ? "UTC" : ""}
              </SheetDescription>
            </SheetHeader>
            <div className="flex min-h-0 flex-1 flex-col gap-5 overflow-y-auto px-5 py-4">
              <EventDetail
                event={event}
                timeZone={timeZone}
                compact
                findings={loaded ? (findings.get(loaded.id) ?? []) : undefined}
              />
            </div>
          </>
        ) : (
          <>
            <SheetHeader>
              <SheetTitle>{query.isError ? "Event not available" : "Loading event…"}</SheetTitle>
              <SheetDescription className="font-mono text-xs break-all">{eventId}</SheetDescription>
            </SheetHeader>
            <div className="flex flex-col gap-3 px-5 py-4">
              {query.isError ? (
                <RequestFailure
                  title="Could not open this event"
                  failure={query.error}
                  onRetry={query.error.retryable ? () => void query.refetch() : undefined}
                  retrying={query.isFetching}
                />
              ) : (
                <>
                  <Skeleton className="h-4 w-2/3" />
                  <Skeleton className="h-4 w-1/2" />
                  <Skeleton className="h-64 w-full" />
                </>
              )}
            </div>
          </>
        )}
      </SheetContent>
    </Sheet>
  );
}
