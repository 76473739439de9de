import { RequestFailure } from "@/components/events/request-failure";
import { Badge } from "@/components/ui/badge";
import { formatCount, formatNumber } from "@/lib/format/format-count";
import { describeTimeRange } from "@/lib/format/describe-time-range";
import { describeRegions } from "@/lib/format/describe-view";
import {
  INSIGHTS_MAX_PAGES,
  LOOKUP_PAGE_SIZE,
  type InsightsList,
} from "@/lib/insights/insights-list";
import type { InsightsView } from "@/lib/insights/insights-view";

interface InsightsRegionsProps {
  list: InsightsList;
  view: InsightsView;
  regions: string[];
  refreshing: boolean;
  onRetry: () => void;
}

/**
 * What was read: how many insights, each region's part, and the error of any region that
 * failed. The others' insights stand, so one closed region does not hide the rest.
 */
export function InsightsRegions({
  list,
  view,
  regions,
  refreshing,
  onRetry,
}: InsightsRegionsProps) {
  const perRegion = new Map<string, number>();
  for (const insight of list.insights)
    perRegion.set(insight.region, (perRegion.get(insight.region) ?? 0) + 1);
  const failed = list.regions.filter((r) => r.status === "failed");
  const truncated = list.regions.filter((r) => r.status === "done" && r.truncated);

  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="text-sm text-muted-foreground">
        {formatCount(list.insights.length, "insight")} {describeTimeRange(view)} in{" "}
        {describeRegions(view, regions)}
        {failed.length > 0 ? `; ${formatCount(failed.length, "region")} could not be read` : ""}
        {refreshing ? " · refreshing…" : ""}
      </p>
      {list.regions.length > 1 && (
        <ul aria-label="Regions read" className="flex flex-wrap gap-1.5">
          {list.regions.map((region) => (
            <li key={region.region}>
              <Badge variant={region.status === "failed" ? "destructive" : "outline"}>
                {region.region}:{" "}
                {region.status === "failed"
                  ? "failed"
                  : formatCount(perRegion.get(region.region) ?? 0, "insight")}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {failed.map((region) =>
        region.status === "failed" ? (
          <RequestFailure
            key={region.region}
            title={`${region.region} could not be read`}
            failure={region.failure}
            onRetry={onRetry}
            retrying={refreshing}
          />
        ) : null,
      )}
      {truncated.length > 0 && (
        <p className="text-xs text-muted-foreground">
          {truncated.map((r) => r.region).join(", ")}: only the newest{" "}
          {formatNumber(INSIGHTS_MAX_PAGES * LOOKUP_PAGE_SIZE)} Insights events were read; narrow
          the time range to see older ones.
        </p>
      )}
    </div>
  );
}
