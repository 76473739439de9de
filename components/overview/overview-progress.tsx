import { Button } from "@/components/ui/button";
import { scanElapsedMs, totalScanned, type ScanState } from "@/lib/events/event-scan";
import { formatCount } from "@/lib/format/format-count";

interface OverviewProgressProps {
  scan: ScanState;
  running: boolean;
  onCancel: () => void;
  onRescan: () => void;
}

/** How far the Overview's scan has read, with Cancel while it runs and Scan again after. */
export function OverviewProgress({ scan, running, onCancel, onRescan }: OverviewProgressProps) {
  const scanned = totalScanned(scan);
  const matched = scan.regions.reduce((sum, r) => sum + r.matched, 0);
  const elapsed = scanElapsedMs(scan);
  const rate = elapsed > 0 ? Math.round((scanned / elapsed) * 1000) : 0;
  const read = `${formatCount(matched, "event")} in this view, of ${formatCount(scanned, "event")} read from CloudTrail`;
  let text: string;
  if (running && scan.phase !== "complete") {
    text = `Scanning… ${read}${elapsed >= 2000 ? ` · ${formatCount(rate, "event")}/s` : ""}. The charts grow as events arrive.`;
  } else if (scan.phase === "complete") {
    text = `${read}${elapsed > 0 ? ` in ${(elapsed / 1000).toFixed(1)} s` : ""}.`;
  } else if (scan.pausedBy === "interrupted") {
    text = `The connection to the server was lost: the charts show the ${read}.`;
  } else {
    text = `Stopped: the charts show the ${read}; older events were not read.`;
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="status" aria-live="polite" className="text-sm text-muted-foreground tabular-nums">
        {text}
      </p>
      {running && scan.phase !== "complete" ? (
        <Button variant="outline" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      ) : scan.phase !== "complete" ? (
        <Button variant="outline" size="sm" onClick={onRescan}>
          Scan again
        </Button>
      ) : null}
    </div>
  );
}
