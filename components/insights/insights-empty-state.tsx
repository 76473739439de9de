import { Button } from "@/components/ui/button";
import { describeTimeRange } from "@/lib/format/describe-time-range";
import { describeRegions } from "@/lib/format/describe-view";
import { INSIGHTS_DEFAULT_RANGE, type InsightsView } from "@/lib/insights/insights-view";

interface InsightsEmptyStateProps {
  view: InsightsView;
  regions: string[];
  /** Some regions failed: the sentence covers only those that were read. */
  someFailed: boolean;
  onWiden: () => void;
}

/** No Insights: what was searched, why there may be none, and the widest range on offer. */
export function InsightsEmptyState({
  view,
  regions,
  someFailed,
  onWiden,
}: InsightsEmptyStateProps) {
  const widest = view.range === INSIGHTS_DEFAULT_RANGE && !view.from && !view.to;
  const where = someFailed ? "the regions that could be read" : describeRegions(view, regions);
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-6 py-12 text-center">
      <p className="font-medium">
        No Insights events {describeTimeRange(view)} in {where}
      </p>
      <p className="max-w-xl text-sm text-muted-foreground">
        CloudTrail records Insights events only for a trail with Insights enabled (its Insights
        selectors: API call rate, API error rate), and only when activity departs from the account’s
        usual pattern. After Insights are first enabled, the first events can take up to 36 hours.
      </p>
      {!widest && (
        <Button variant="outline" size="sm" className="mt-2" onClick={onWiden}>
          Show the last 90 days
        </Button>
      )}
    </div>
  );
}
