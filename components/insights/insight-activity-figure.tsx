"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";

import { ChartFigure } from "@/components/charts/chart-figure";
import { RequestFailure } from "@/components/events/request-failure";
import { RecordText } from "@/components/record-text";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatCount, formatNumber } from "@/lib/format/format-count";
import { formatTime } from "@/lib/format/format-time";
import { visiblePreview } from "@/lib/format/visible-text";
import {
  activityRequestOf,
  activityWindow,
  type InsightActivity,
} from "@/lib/insights/insight-activity";
import { insightEventsHref } from "@/lib/insights/insight-events-link";
import type { Insight } from "@/lib/insights/insight";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { InsightActivityChart } from "./insight-activity-chart";
import { InsightActivityTable } from "./insight-activity-table";
import { activityQueryOptions } from "./insights-query";

interface InsightActivityFigureProps {
  insight: Insight;
  timeZone: TimeZoneChoice;
}

/**
 * The insight's calls minute by minute, from before it began to after it ended, counted by
 * the server. Loading can be stopped (the request is cancelled, on the server too) and
 * started again.
 */
export function InsightActivityFigure({ insight, timeZone }: InsightActivityFigureProps) {
  const request = useMemo(() => activityRequestOf(insight), [insight]);
  const options = activityQueryOptions(request);
  const query = useQuery(options);
  const queryClient = useQueryClient();
  // Set by Cancel: a query that has not fetched yet (as on the server) is loading, not stopped.
  const [cancelled, setCancelled] = useState(false);
  // The Events link covers the chart's window, known before the counts for an insight that
  // has ended (now only clips it); an open one's window waits for the server's answer.
  const linkWindow =
    query.data ?? (request.end !== undefined ? activityWindow(request, Infinity) : undefined);
  const title = request.errorCode
    ? `${visiblePreview(request.errorCode)} errors per minute`
    : `${visiblePreview(insight.eventName)} calls per minute`;

  let body;
  if (query.data) {
    body = (
      <ChartFigure
        title={title}
        basis={<ActivityBasis activity={query.data} insight={insight} timeZone={timeZone} />}
        chart={<InsightActivityChart activity={query.data} insight={insight} timeZone={timeZone} />}
        table={
          <InsightActivityTable
            activity={query.data}
            timeZone={timeZone}
            countLabel={
              request.errorCode
                ? `Calls failing with ${visiblePreview(request.errorCode)}`
                : "Calls"
            }
          />
        }
      />
    );
  } else if (query.isError) {
    body = (
      <RequestFailure
        title="The insight’s calls could not be read"
        failure={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (cancelled && !query.isFetching) {
    body = (
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-dashed border-border p-4">
        <p role="status" className="text-sm text-muted-foreground">
          Reading the calls was cancelled.
        </p>
        <Button
          variant="outline"
          size="sm"
          onClick={() => {
            setCancelled(false);
            void query.refetch();
          }}
        >
          Load the chart
        </Button>
      </div>
    );
  } else {
    body = (
      <div className="flex flex-col gap-3 rounded-lg border border-border p-4" aria-busy="true">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p role="status" className="text-sm text-muted-foreground">
            Reading the <RecordText value={insight.eventName} /> calls around this insight…
          </p>
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              setCancelled(true);
              void queryClient.cancelQueries({ queryKey: options.queryKey });
            }}
          >
            Cancel
          </Button>
        </div>
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      {body}
      {linkWindow && (
        <p className="text-sm">
          <Link
            href={insightEventsHref(request, linkWindow, timeZone)}
            className="inline-flex items-center gap-1 font-medium text-accent underline-offset-2 hover:underline"
          >
            Show these calls in Events
            <ArrowRight aria-hidden className="size-3.5" />
          </Link>
        </p>
      )}
    </div>
  );
}

/** What the chart counts, over which window, and whether all of it was read. */
function ActivityBasis({
  activity,
  insight,
  timeZone,
}: {
  activity: InsightActivity;
  insight: Insight;
  timeZone: TimeZoneChoice;
}) {
  const at = (ms: number) => formatTime(ms, timeZone).slice(0, 16);
  const from = at(activity.from);
  const to = at(activity.to);
  const zone = timeZone === "utc" ? "UTC" : "local time";
  const calls = formatCount(activity.matched, insight.errorCode ? "failed call" : "call");
  return (
    <>
      {calls} in {insight.region}, {from} to{" "}
      {to.slice(0, 10) === from.slice(0, 10) ? to.slice(11) : to} {zone}; the insight is shaded.
      {activity.readFrom !== undefined && (
        <span className="block font-medium text-foreground">
          Only the newest {formatNumber(activity.scanned)} <RecordText value={insight.eventName} />{" "}
          events were read: the counts before {at(activity.readFrom)} are incomplete.
        </span>
      )}
    </>
  );
}
