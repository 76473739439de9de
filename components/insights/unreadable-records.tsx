import { EventTime } from "@/components/event-detail/event-time";
import { RecordText } from "@/components/record-text";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { formatCount } from "@/lib/format/format-count";
import type { UnreadableInsightRecord } from "@/lib/insights/insight";
import type { TimeZoneChoice } from "@/lib/view/events-view";

/** Insights records that could not be read: listed, so nothing is silently dropped. */
export function UnreadableRecords({
  records,
  timeZone,
}: {
  records: readonly UnreadableInsightRecord[];
  timeZone: TimeZoneChoice;
}) {
  if (records.length === 0) return null;
  return (
    <Alert variant="warning" role="region" aria-label="Unreadable Insights records">
      <AlertTitle>
        {formatCount(records.length, "Insights record")} could not be read, and{" "}
        {records.length === 1 ? "is" : "are"} left out
      </AlertTitle>
      <AlertDescription>
        <ul className="space-y-0.5">
          {records.map((record) => (
            <li key={`${record.region}:${record.eventId}`} className="break-words">
              <span className="font-mono text-xs">{record.region}</span> ·{" "}
              <EventTime iso={record.time} timeZone={timeZone} /> · event{" "}
              <span className="font-mono text-xs">{record.eventId}</span>:{" "}
              {/* The problem quotes the record's values. */}
              <RecordText value={record.problem} />
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
