import { Badge } from "@/components/ui/badge";
import type { ScanState } from "@/lib/events/event-scan";
import { formatCount } from "@/lib/format/format-count";

import { RequestFailure } from "./request-failure";

/**
 * Each region's part of the scan, and the error of any region that failed: the others'
 * results stand, so one closed or misconfigured region does not hide the rest.
 */
export function ScanRegions({
  state,
  onRetry,
  scanning,
}: {
  state: ScanState;
  onRetry: () => void;
  scanning: boolean;
}) {
  const failed = state.regions.filter((region) => region.status === "failed");
  return (
    <div className="flex flex-col gap-2">
      {state.regions.length > 1 && (
        <ul aria-label="Regions scanned" className="flex flex-wrap gap-1.5">
          {state.regions.map((region) => (
            <li key={region.region}>
              <Badge variant={region.status === "failed" ? "destructive" : "outline"}>
                {region.region}:{" "}
                {region.status === "failed"
                  ? "failed"
                  : `${formatCount(region.matched, "match", "matches")} of ${region.scanned.toLocaleString("en-US")}${region.status === "done" ? "" : " so far"}`}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {failed.map((region) => (
        <RequestFailure
          key={region.region}
          title={`${region.region} could not be read`}
          failure={region.failure!}
          // A retry reads the view afresh; it is offered once the scan under way has ended.
          onRetry={scanning ? undefined : onRetry}
        />
      ))}
    </div>
  );
}
