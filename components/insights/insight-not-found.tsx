import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeTimeRange } from "@/lib/format/describe-time-range";
import { describeRegions } from "@/lib/format/describe-view";
import {
  insightsViewRegions,
  type InsightRef,
  type InsightsView,
} from "@/lib/insights/insights-view";

interface InsightNotFoundProps {
  insightRef: InsightRef;
  view: InsightsView;
  regions: string[];
  onClose: () => void;
}

/** A link's open insight that the list does not hold: say where it was looked for. */
export function InsightNotFound({ insightRef, view, regions, onClose }: InsightNotFoundProps) {
  const outside = !insightsViewRegions(view, regions).includes(insightRef.region);
  return (
    <Alert variant="warning" className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0 flex-1">
        <AlertTitle>The insight in this link was not found</AlertTitle>
        <AlertDescription className="break-words">
          {outside
            ? `It is in ${insightRef.region}, which this view does not read (${describeRegions(view, regions)}).`
            : `No Insights event ${insightRef.id} in ${insightRef.region} ${describeTimeRange(view)}.`}
        </AlertDescription>
      </div>
      <Button variant="outline" size="sm" onClick={onClose}>
        Dismiss
      </Button>
    </Alert>
  );
}
