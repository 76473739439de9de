import Link from "next/link";

import { RecordText } from "@/components/record-text";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatCount, formatNumber } from "@/lib/format/format-count";
import { formatTime } from "@/lib/format/format-time";
import type { ImportSummary } from "@/lib/import/import-report";

import { importedEventsHref, outsideHistory } from "./imported-events-link";
import { RejectionsTable } from "./rejections-table";

/** How far back the event history reaches: `days` before `start` (epoch ms); null without a limit. */
export type HistoryWindow = { days: number; start: number } | null;

interface ImportSummaryViewProps {
  summary: ImportSummary;
  /** Files the server read. */
  files: number;
  history: HistoryWindow;
}

/** What the files held: counts, the way to their events, what was rejected or passed over. */
export function ImportSummaryView({ summary, files, history }: ImportSummaryViewProps) {
  const href = importedEventsHref(summary);
  const outside = outsideHistory(summary, history?.start ?? null);
  return (
    <section aria-labelledby="import-summary" className="flex flex-col gap-4">
      <h2 id="import-summary" className="text-base font-semibold">
        Summary
      </h2>
      <p role="status" className="text-sm">
        {formatCount(files, "file")} read: {formatCount(summary.loaded, "record")} loaded,{" "}
        {formatCount(summary.duplicates, "duplicate")} (already in the store),{" "}
        {formatNumber(summary.rejected)} rejected.
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Loaded" value={summary.loaded} />
        <Figure label="Duplicates" value={summary.duplicates} />
        <Figure label="Rejected" value={summary.rejected} />
        <Figure label="Skipped files" value={summary.skipped.length} />
      </dl>
      {summary.firstEventTime !== undefined && summary.lastEventTime !== undefined && (
        <p className="text-sm text-muted-foreground">
          Events from{" "}
          <time dateTime={new Date(summary.firstEventTime).toISOString()}>
            {formatTime(summary.firstEventTime, "utc")}
          </time>{" "}
          to{" "}
          <time dateTime={new Date(summary.lastEventTime).toISOString()}>
            {formatTime(summary.lastEventTime, "utc")}
          </time>{" "}
          UTC, in {formatCount(summary.regions.length, "region")} ({summary.regions.join(", ")}) and{" "}
          {formatCount(summary.accounts.length, "account")}.
        </p>
      )}
      {outside !== "none" && history && (
        <Alert role="note">
          <AlertDescription className="mt-0 text-foreground">
            {outside === "all" ? "These events are" : "Some of these events are"} older than the{" "}
            {history.days} days CloudTrail&apos;s event history keeps; start Trailscope with{" "}
            <code>TRAILSCOPE_LOCAL_LIMITS=none</code> to browse them.
          </AlertDescription>
        </Alert>
      )}
      {href && (
        <div>
          <Button asChild variant="outline">
            <Link href={href}>Show these events</Link>
          </Button>
        </div>
      )}
      {summary.rejections.length > 0 && (
        <RejectionsTable rejections={summary.rejections} omitted={summary.rejectionsOmitted} />
      )}
      {summary.skipped.length > 0 && (
        <section aria-labelledby="skipped-files" className="flex flex-col gap-2">
          <h3 id="skipped-files" className="text-sm font-semibold">
            Skipped files
          </h3>
          <ul className="flex flex-col gap-1 text-sm">
            {summary.skipped.map((skip, index) => (
              <li key={index}>
                <span className="font-mono break-all">
                  <RecordText value={skip.file} />
                </span>
                <span className="text-muted-foreground">: {skip.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-border px-3 py-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{formatNumber(value)}</dd>
    </div>
  );
}
