"use client";

import { useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";

import {
  effectiveEventsView,
  eventsViewParsers,
  serializeEventsView,
  type EventsView,
} from "@/lib/view/events-view";

import { EventDetailSheet } from "./event-detail-sheet";
import { EventsFilterBar } from "./events-filter-bar";
import { EventsResults } from "./events-results";
import { useEventsList } from "./use-events-list";
import { ViewProblems } from "./view-problems";

/**
 * The Events page's state lives in the URL. Updates are shallow: the server rendered the
 * first view, and from then on the client fetches through /api/events, which it can cancel
 * when the view changes again.
 */
export function EventsExplorer({ regions }: { regions: string[] }) {
  const [urlView, setUrlView] = useQueryStates(eventsViewParsers, {
    shallow: true,
    history: "push",
  });
  const searchParams = useSearchParams();
  const view = effectiveEventsView(urlView, regions);
  const list = useEventsList(view);

  // Any change to what is listed closes the open event, which may not be among the new rows.
  const changeView = (patch: Partial<EventsView>) => void setUrlView({ ...patch, event: null });
  const openEvent = (eventId: string) => void setUrlView({ event: eventId });

  return (
    <div className="flex flex-col gap-4">
      <ViewProblems searchParams={searchParams} regions={regions} />
      <EventsFilterBar view={view} regions={regions} onViewChange={changeView} />
      <EventsResults
        view={view}
        list={list}
        openEventId={urlView.event}
        eventHref={(eventId) => serializeEventsView(searchParams, { event: eventId })}
        onOpenEvent={openEvent}
        onViewChange={changeView}
      />
      <EventDetailSheet
        eventId={urlView.event}
        region={view.region!}
        loadedEvents={list.events}
        onClose={() => void setUrlView({ event: null })}
      />
    </div>
  );
}
