"use client";

import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";

import { RegionPicker } from "@/components/events-filters/region-picker";
import { TimeRangePicker } from "@/components/events-filters/time-range-picker";
import { TimeZoneToggle } from "@/components/events-filters/time-zone-toggle";
import { RequestFailure } from "@/components/events/request-failure";
import { ViewProblems } from "@/components/view-problems";
import {
  effectiveInsightsView,
  insightsViewParsers,
  insightsViewProblems,
  serializeInsightsView,
  type InsightRef,
  type InsightsView,
} from "@/lib/insights/insights-view";
import type { EventsView } from "@/lib/view/events-view";

import { InsightDetail } from "./insight-detail";
import { InsightNotFound } from "./insight-not-found";
import { InsightsEmptyState } from "./insights-empty-state";
import { InsightsRegions } from "./insights-regions";
import { InsightsSkeleton } from "./insights-skeleton";
import { InsightsTable } from "./insights-table";
import { insightsQueryOptions } from "./insights-query";

import { UnreadableRecords } from "./unreadable-records";

type ListPatch = Partial<Pick<InsightsView, "regions" | "range" | "from" | "to">>;

/** The time picker speaks the Events view; it only ever changes the range. */
function timePatch(patch: Partial<EventsView>): ListPatch {
  const out: ListPatch = {};
  if (patch.range !== undefined) out.range = patch.range;
  if (patch.from !== undefined) out.from = patch.from;
  if (patch.to !== undefined) out.to = patch.to;
  return out;
}

/**
 * The Insights page's state lives in the URL. The server rendered the first list; from then
 * on the client fetches /api/insights when regions or time change (cancelling the fetch in
 * flight), and opening an insight is a shallow URL change.
 */
export function InsightsExplorer({ regions }: { regions: string[] }) {
  const [urlView, setUrlView] = useQueryStates(insightsViewParsers, {
    shallow: true,
    history: "push",
  });
  const searchParams = useSearchParams();
  const view = effectiveInsightsView(urlView, regions);
  const list = useQuery(insightsQueryOptions(view));

  // A new list may not hold the open insight: changing what is listed closes it.
  const changeList = (patch: ListPatch) => void setUrlView({ ...patch, insight: null });
  const open = (ref: InsightRef | null) => void setUrlView({ insight: ref });

  const openRef = view.insight;
  const openInsight =
    openRef && list.data?.insights.find((i) => i.region === openRef.region && i.id === openRef.id);
  const failedRegions = list.data?.regions.filter((r) => r.status === "failed").length ?? 0;

  return (
    <div className="flex flex-col gap-4">
      <ViewProblems problems={insightsViewProblems(searchParams, regions)} />
      <section
        aria-label="What to list"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-border p-3"
      >
        <RegionPicker
          selection={view.regions}
          regions={regions}
          onSelectionChange={(selection) => changeList({ regions: selection })}
        />
        <TimeRangePicker
          view={view}
          resolvedRange={list.data ? { start: list.data.startTime, end: list.data.endTime } : null}
          onViewChange={(patch) => changeList(timePatch(patch))}
        />
        <div className="sm:ml-auto">
          <TimeZoneToggle
            value={view.tz}
            onValueChange={(tz) => void setUrlView({ tz }, { history: "replace" })}
          />
        </div>
      </section>

      {list.isPending ? (
        <InsightsSkeleton />
      ) : list.isError ? (
        <RequestFailure
          title="Insights could not be read"
          failure={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : (
        <>
          <InsightsRegions
            list={list.data}
            view={view}
            regions={regions}
            refreshing={list.isFetching}
            onRetry={() => void list.refetch()}
          />
          {list.data.insights.length === 0 ? (
            <InsightsEmptyState
              view={view}
              regions={regions}
              someFailed={failedRegions > 0}
              onWiden={() => changeList({ range: "90d", from: null, to: null })}
            />
          ) : (
            <InsightsTable
              insights={list.data.insights}
              timeZone={view.tz}
              openRef={openRef}
              hrefFor={(ref) => serializeInsightsView(searchParams, { insight: ref })}
              onOpen={open}
            />
          )}
          <UnreadableRecords records={list.data.unreadable} timeZone={view.tz} />
          {openRef &&
            (openInsight ? (
              <InsightDetail
                key={`${openInsight.region}:${openInsight.id}`}
                insight={openInsight}
                timeZone={view.tz}
                onClose={() => open(null)}
              />
            ) : (
              <InsightNotFound
                insightRef={openRef}
                view={view}
                regions={regions}
                onClose={() => open(null)}
              />
            ))}
        </>
      )}
    </div>
  );
}
