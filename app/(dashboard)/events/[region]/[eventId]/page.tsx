import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";

import { EventDetail } from "@/components/event-detail/event-detail";
import { EventTime } from "@/components/event-detail/event-time";
import { EventUnavailable } from "@/components/event-detail/event-unavailable";
import { TimeZoneLinks } from "@/components/event-detail/time-zone-links";
import { ProblemList } from "@/components/problem-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { lookupEvent, type EventLookup } from "@/lib/cloudtrail/event-lookup";
import { eventRefProblems } from "@/lib/events/event-ref";
import { eventPageHref } from "@/lib/events/pivots";
import { eventsViewParsers, serializeEventsView } from "@/lib/view/events-view";
import { RecordText } from "@/components/record-text";
import { requirePermission } from "@/lib/auth/current-user";
import { visiblePreview } from "@/lib/format/visible-text";

interface EventPageProps {
  params: Promise<{ region: string; eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

type PageLookup = { kind: "invalid"; problems: string[] } | EventLookup;

/** Shared by the metadata and the page within one request, so the event is looked up once. */
const findEvent = cache(async (region: string, eventId: string): Promise<PageLookup> => {
  // The metadata asks for the event too, and may be resolved before the page is.
  await requirePermission("activity:read");
  const problems = eventRefProblems(region, eventId, getDashboardConfig().regions);
  if (problems.length > 0) return { kind: "invalid", problems };
  return lookupEvent(region, eventId);
});

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { region, eventId } = await params;
  return { title: `${pageTitle(await findEvent(region, eventId))} · Events` };
}

function pageTitle(lookup: PageLookup): string {
  switch (lookup.kind) {
    case "found":
      return lookup.event.name ? visiblePreview(lookup.event.name, 100) : "Event";
    case "missing":
      return "Event not found";
    case "invalid":
      return "Not an event address";
    case "failed":
      return "Event unavailable";
  }
}

export default async function EventPage({ params, searchParams }: EventPageProps) {
  await requirePermission("activity:read");
  const { region, eventId } = await params;
  const tzParam = (await searchParams).tz;
  const timeZone = eventsViewParsers.tz.parse(typeof tzParam === "string" ? tzParam : "") ?? "utc";
  const lookup = await findEvent(region, eventId);

  switch (lookup.kind) {
    case "invalid":
      return (
        <EventUnavailable title="This is not an event's address">
          <ProblemList problems={lookup.problems} />
          <p>
            An event&apos;s page is /events/&lt;region&gt;/&lt;event ID&gt;, for example
            /events/us-east-1/0d7e5c2a-9b1f-4c3e-8a6d-123456789abc.
          </p>
        </EventUnavailable>
      );
    case "missing":
      return (
        <EventUnavailable
          title="Event not found"
          actions={
            <Button asChild>
              <Link
                href={serializeEventsView("/events", {
                  regions: "all",
                  f: [{ field: "EventId", value: eventId }],
                  range: "90d",
                })}
              >
                Look for it in all regions
              </Link>
            </Button>
          }
        >
          <p>
            No event with ID <span className="font-mono text-foreground">{eventId}</span> is in{" "}
            {region}&apos;s event history.
          </p>
          {getDashboardConfig().historyDays === null ? (
            <p>It may be recorded in another region, or not be among the imported log files.</p>
          ) : (
            <p>
              CloudTrail&apos;s event history (LookupEvents) keeps the last 90 days of each
              region&apos;s management events: the event may be older than that, or recorded in
              another region. A trail&apos;s log files in S3 keep events for longer.
            </p>
          )}
        </EventUnavailable>
      );
    case "failed":
      return (
        <EventUnavailable title="Could not look up the event">
          <Alert variant="destructive">
            <AlertTitle>
              CloudTrail did not answer for event {eventId} in {region}
            </AlertTitle>
            <AlertDescription className="break-words">
              {lookup.failure.message}
              {lookup.failure.retryable && " Reload the page to try again."}
            </AlertDescription>
          </Alert>
        </EventUnavailable>
      );
    case "found": {
      const { event } = lookup;
      const ref = { region, id: eventId };
      return (
        <article className="flex flex-col gap-6">
          <header className="flex flex-col gap-1">
            <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
              <Link href="/events" className="hover:text-foreground hover:underline">
                Events
              </Link>{" "}
              / {region} / <span className="font-mono text-xs">{eventId}</span>
            </nav>
            <div className="flex flex-wrap items-baseline justify-between gap-3">
              <h1 className="text-xl font-semibold tracking-tight break-all">
                <RecordText value={event.name || "Event"} max={300} />
              </h1>
              <TimeZoneLinks
                current={timeZone}
                hrefs={{ utc: eventPageHref(ref), local: eventPageHref(ref, "local") }}
              />
            </div>
            <p className="text-sm text-muted-foreground">
              <RecordText value={event.source} max={300} /> ·{" "}
              <EventTime iso={event.time} timeZone={timeZone} /> · {region}
            </p>
          </header>
          <EventDetail event={event} timeZone={timeZone} />
        </article>
      );
    }
  }
}
