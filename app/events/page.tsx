import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";

import type { ApiFailure } from "@/components/events/api-error";
import { EventsExplorer } from "@/components/events/events-explorer";
import { eventQueryOptions, eventsQueryOptions } from "@/components/events/events-query";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { lookupEventById, lookupEventsPage } from "@/lib/cloudtrail/lookup-events";
import { eventsRequestFor } from "@/lib/events/events-request";
import { eventNotFound } from "@/lib/events/failure";
import { effectiveEventsView, loadEventsView, type EventsView } from "@/lib/view/events-view";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { regions } = getDashboardConfig();
  const view = effectiveEventsView(loadEventsView(await searchParams), regions);
  const queryClient = await prefetchEventsView(view, regions);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold tracking-tight">Events</h1>
      <HydrationBoundary
        state={dehydrate(queryClient, {
          shouldDehydrateQuery: (query) => query.state.status !== "pending",
        })}
      >
        <EventsExplorer regions={regions} />
      </HydrationBoundary>
    </div>
  );
}

/**
 * Fetches what the view shows first (its first page, and the open event when that is not
 * on it) into a QueryClient under the keys the client reads, so the page arrives with rows.
 * A CloudTrail failure is cached the same way, for the client to show with a Retry button.
 */
async function prefetchEventsView(view: EventsView, regions: string[]): Promise<QueryClient> {
  const queryClient = new QueryClient();
  const request = eventsRequestFor(view, regions, Date.now());
  const listOptions = eventsQueryOptions(view);
  await queryClient.prefetchInfiniteQuery({
    ...listOptions,
    queryFn: ({ signal }) => lookupEventsPage(request, signal).catch(rejectAsFailure),
  });

  const eventId = view.event;
  const region = request.region;
  const listed = queryClient.getQueryData(listOptions.queryKey)?.pages[0]?.events ?? [];
  if (eventId && !listed.some((event) => event.id === eventId)) {
    await queryClient.prefetchQuery({
      ...eventQueryOptions(region, eventId),
      queryFn: async () => {
        const event = await lookupEventById(region, eventId).catch(rejectAsFailure);
        if (event) return event;
        return Promise.reject(eventNotFound(region, eventId));
      },
    });
  }
  return queryClient;
}

/**
 * Rejects with a plain ApiFailure: react-query keeps it as the query's error, and unlike
 * an Error (which React redacts in production) it reaches the client intact.
 */
function rejectAsFailure(error: unknown): Promise<never> {
  const failure: ApiFailure = describeCloudTrailError(error);
  return Promise.reject(failure);
}
