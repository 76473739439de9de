import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";

import { eventQueryOptions } from "@/components/events/event-query";
import { EventsExplorer } from "@/components/events/events-explorer";
import { scanQueryKey } from "@/components/events/scan-query";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { lookupEvent } from "@/lib/cloudtrail/event-lookup";
import { scanEvents } from "@/lib/cloudtrail/scan-events";
import { applyScanMessage, type ScanState } from "@/lib/events/event-scan";
import { eventNotFound } from "@/lib/events/failure";
import { scanRequestFor } from "@/lib/events/scan-request";
import { effectiveEventsView, loadEventsView, type EventsView } from "@/lib/view/events-view";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("activity:read");
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
 * Reads what the view shows first into a QueryClient under the keys the client reads, so
 * the page arrives with rows: the first page of each region (the client streams the rest),
 * and the open event when it is not among them.
 */
async function prefetchEventsView(view: EventsView, regions: string[]): Promise<QueryClient> {
  const queryClient = new QueryClient();
  const request = scanRequestFor(view, regions, Date.now());
  let state: ScanState | undefined;
  const stop = new AbortController();
  for await (const message of scanEvents({ ...request, maxPagesPerRegion: 1 }, stop.signal)) {
    state = applyScanMessage(state, message);
  }
  if (state) queryClient.setQueryData(scanQueryKey(view), state);

  const open = view.event;
  if (open && !state?.events.some((e) => e.id === open.id && e.region === open.region)) {
    await queryClient.prefetchQuery({
      ...eventQueryOptions(open),
      // Rejects with a plain Failure: react-query keeps it as the query's error, and unlike
      // an Error (which React redacts in production) it reaches the client intact.
      queryFn: async () => {
        const lookup = await lookupEvent(open.region, open.id);
        if (lookup.kind === "found") return lookup.event;
        return Promise.reject(
          lookup.kind === "missing"
            ? eventNotFound(open.region, open.id, getDashboardConfig().historyDays)
            : lookup.failure,
        );
      },
    });
  }
  return queryClient;
}
