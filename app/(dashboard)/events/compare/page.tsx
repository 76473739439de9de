import type { Metadata } from "next";

import { CompareTable, type CompareColumn } from "@/components/event-detail/compare-table";
import { DownloadLogFileButton } from "@/components/event-detail/download-log-file-button";
import { EventUnavailable } from "@/components/event-detail/event-unavailable";
import { TimeZoneLinks } from "@/components/event-detail/time-zone-links";
import { ProblemList } from "@/components/problem-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { lookupEvent } from "@/lib/cloudtrail/event-lookup";
import { MAX_COMPARED, parseCompareRefs } from "@/lib/events/compare-refs";
import { describeIdentity } from "@/lib/events/describe-identity";
import { formatEventRef, type EventRef } from "@/lib/events/event-ref";
import { compareHref, eventPageHref } from "@/lib/events/pivots";
import { diffRecords } from "@/lib/events/record-diff";
import type { TrailEvent } from "@/lib/events/trail-event";
import { eventsViewParsers } from "@/lib/view/events-view";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Compare · Events" };

interface ComparePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ComparePage({ searchParams }: ComparePageProps) {
  await requirePermission("activity:read");
  const params = await searchParams;
  const values = params.e === undefined ? [] : [params.e].flat();
  const timeZone =
    eventsViewParsers.tz.parse(typeof params.tz === "string" ? params.tz : "") ?? "utc";
  const { regions, historyDays } = getDashboardConfig();
  const { refs, problems } = parseCompareRefs(values, regions);

  if (refs.length === 0) {
    return (
      <EventUnavailable title="Nothing to compare">
        {problems.length > 0 && <ProblemList problems={problems} />}
        <p>
          Compare takes 1 to {MAX_COMPARED} events, each as e=region:eventId, for example
          /events/compare?e=us-east-1:0d7e…&amp;e=us-east-1:5a1b…. Select events in the Events list
          and choose Compare.
        </p>
      </EventUnavailable>
    );
  }

  // Each lookup waits its turn at the rate limiter, so running them together is safe.
  const lookups = await Promise.all(refs.map((ref) => lookupEvent(ref.region, ref.id)));
  const found: { ref: EventRef; event: TrailEvent }[] = [];
  lookups.forEach((lookup, index) => {
    const ref = refs[index];
    if (lookup.kind === "found") found.push({ ref, event: lookup.event });
    else if (lookup.kind === "missing") {
      problems.push(
        historyDays === null
          ? `No event ${ref.id} in ${ref.region}: it may be in another region.`
          : `No event ${ref.id} in ${ref.region}: CloudTrail's event history keeps 90 days, so it may be older, or in another region.`,
      );
    } else {
      problems.push(`${formatEventRef(ref)} could not be looked up. ${lookup.failure.message}`);
    }
  });

  const columns: CompareColumn[] = found.map(({ ref, event }) => ({
    id: ref.id,
    region: ref.region,
    name: event.name,
    time: event.time,
    who: describeIdentity(event).who,
    href: eventPageHref(ref, timeZone),
  }));

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">Compare events</h1>
        <div className="flex flex-wrap items-center gap-3">
          {found.length > 0 && <DownloadLogFileButton events={found.map(({ event }) => event)} />}
          <TimeZoneLinks
            current={timeZone}
            hrefs={{ utc: compareHref(refs), local: compareHref(refs, "local") }}
          />
        </div>
      </div>
      {problems.length > 0 && (
        <Alert variant="warning">
          <AlertTitle>
            {found.length === 0
              ? "None of these events could be shown"
              : "Some of this link's events could not be compared"}
          </AlertTitle>
          <AlertDescription>
            <ProblemList problems={problems} />
          </AlertDescription>
        </Alert>
      )}
      {found.length > 0 && (
        <CompareTable
          columns={columns}
          rows={diffRecords(found.map(({ event }) => event.record))}
          timeZone={timeZone}
        />
      )}
    </div>
  );
}
