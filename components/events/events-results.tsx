"use client";

import { Button } from "@/components/ui/button";
import type { EventsView } from "@/lib/view/events-view";

import { describeView } from "@/lib/format/describe-view";
import { EventsEmptyState } from "./events-empty-state";
import { EventsTable } from "./events-table";
import { EventsTableSkeleton } from "./events-table-skeleton";
import { RequestFailure } from "./request-failure";
import type { EventsList } from "./use-events-list";

interface EventsResultsProps {
  view: EventsView;
  list: EventsList;
  openEventId: string | null;
  eventHref: (eventId: string) => string;
  onOpenEvent: (eventId: string) => void;
  onViewChange: (patch: Partial<EventsView>) => void;
}

/** The listed events in whichever state they are: loading, failed, empty, or rows with more to load. */
export function EventsResults({
  view,
  list,
  openEventId,
  eventHref,
  onOpenEvent,
  onViewChange,
}: EventsResultsProps) {
  const { query, events } = list;
  const count = `${events.length} ${events.length === 1 ? "event" : "events"}${query.hasNextPage ? ", more available" : ""}`;

  return (
    <section aria-label="Events" className="flex flex-col gap-3">
      <p role="status" className="text-sm text-muted-foreground">
        {query.isPending ? "Loading events…" : query.data ? count : ""}
      </p>

      {query.isPending && <EventsTableSkeleton />}

      {query.isError && !query.data && (
        <RequestFailure
          title="Could not load events"
          failure={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      )}

      {query.data && events.length === 0 && (
        <EventsEmptyState view={view} onViewChange={onViewChange} />
      )}

      {events.length > 0 && (
        <EventsTable
          events={events}
          caption={`Events ${describeView(view)}, newest first`}
          openEventId={openEventId}
          eventHref={eventHref}
          onOpenEvent={onOpenEvent}
        />
      )}

      {query.isError && query.data && (
        <RequestFailure
          title={
            query.isFetchNextPageError ? "Could not load more events" : "Could not refresh events"
          }
          failure={query.error}
          onRetry={() =>
            void (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())
          }
          retrying={query.isFetching}
        />
      )}

      {query.hasNextPage && !query.isFetchNextPageError && (
        <Button
          variant="outline"
          className="self-center"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? "Loading more…" : "Load more"}
        </Button>
      )}
    </section>
  );
}
