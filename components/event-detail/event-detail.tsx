import Link from "next/link";

import { evaluateDetections } from "@/lib/detections/evaluate";
import type { Finding } from "@/lib/detections/types";
import { eventPageHref, referencedResources } from "@/lib/events/pivots";
import type { TrailEvent } from "@/lib/events/trail-event";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { DownloadLogFileButton } from "./download-log-file-button";
import { EventError } from "./event-error";
import { EventFindings } from "./event-findings";
import { EventPivots } from "./event-pivots";
import { EventRecord } from "./event-record";
import { EventSummary } from "./event-summary";
import { JsonSection } from "./json-section";
import { ReferencedResources } from "./referenced-resources";

export interface EventDetailProps {
  event: TrailEvent;
  /** How times read; CloudTrail's own is UTC. */
  timeZone?: TimeZoneChoice;
  /**
   * For the Events list's side sheet: one column, headings one level down (under the
   * sheet's title), and a link to the event's own page.
   */
  compact?: boolean;
  /**
   * The event's findings, judged among the events listed around it. Without them the
   * rules judge the event alone, which cannot see a burst.
   */
  findings?: readonly Finding[];
}

/**
 * Everything about one event: its failure, who did what, the request and response, the
 * resources, links to related activity, and the full record, which downloads as a
 * CloudTrail log file. Renders on the server (the
 * event's page) and in the client (the side sheet) alike.
 */
export function EventDetail({
  event,
  timeZone = "utc",
  compact = false,
  findings,
}: EventDetailProps) {
  const level = compact ? 3 : 2;
  const shownFindings = findings ?? evaluateDetections([event]).get(event.id) ?? [];
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {compact && (
          <Link
            href={eventPageHref(event, timeZone)}
            className="text-sm font-medium text-accent underline-offset-4 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
          >
            Open full page
          </Link>
        )}
        <DownloadLogFileButton events={[event]} />
      </div>
      <EventFindings
        findings={shownFindings}
        withNeighbours={findings !== undefined}
        timeZone={timeZone}
        level={level}
      />
      <EventError event={event} />
      <EventSummary event={event} timeZone={timeZone} level={level} compact={compact} />
      <EventPivots event={event} timeZone={timeZone} level={level} />
      <div className={compact ? "flex flex-col gap-6" : "grid gap-6 lg:grid-cols-2"}>
        <JsonSection
          title="Request parameters"
          value={event.record.requestParameters}
          level={level}
        />
        <JsonSection
          title="Response elements"
          value={event.record.responseElements}
          level={level}
        />
      </div>
      <ReferencedResources resources={referencedResources(event)} level={level} />
      <EventRecord record={event.record} recordText={event.recordText} level={level} />
    </div>
  );
}
