import { Button } from "@/components/ui/button";
import {
  SCAN_MATCH_LIMIT,
  scanElapsedMs,
  totalPages,
  totalScanned,
  type ScanState,
} from "@/lib/events/event-scan";
import { formatCount } from "@/lib/format/format-count";

interface ScanProgressProps {
  state: ScanState;
  running: boolean;
  onCancel: () => void;
  onContinue: () => void;
}

/**
 * The live line under the filters: how far the scan has read, what it found, how fast,
 * and the control that fits (Cancel while it runs, Continue when it paused).
 */
export function ScanProgress({ state, running, onCancel, onContinue }: ScanProgressProps) {
  const scanned = totalScanned(state);
  const pages = totalPages(state);
  const regions = state.regions.length;
  const elapsed = scanElapsedMs(state);
  const rate = elapsed > 0 ? Math.round((scanned / elapsed) * 1000) : 0;
  const found = `${formatCount(state.events.length, "match", "matches")} in ${formatCount(scanned, "event")} scanned (${formatCount(pages, "page")}, ${formatCount(regions, "region")})`;

  // The server's render read one page a region, and a run cut short by leaving the view goes
  // on when it is shown again: both carry on at once, so they read as scanning.
  const reading =
    state.phase === "running" ||
    (state.phase === "paused" && state.pausedBy === "first-page") ||
    (running && state.phase !== "complete");
  let text: string;
  if (state.narrowedFrom) {
    text = `${formatCount(state.events.length, "match", "matches")}, filtered in the browser from the ${formatCount(state.narrowedFrom.matched, "event")} already loaded; CloudTrail was not asked again.`;
  } else if (reading) {
    // The first calls of a region go out at once (CloudTrail's burst); the rate means
    // something only once the scan has settled into CloudTrail's pace.
    text = `Scanning… ${found}${elapsed >= 2000 ? ` · ${formatCount(rate, "event")}/s` : ""}`;
  } else if (state.phase === "complete") {
    text = `${found}${elapsed > 0 ? ` in ${(elapsed / 1000).toFixed(1)} s` : ""}.`;
  } else if (state.pausedBy === "limit") {
    text = `Paused at ${formatCount(SCAN_MATCH_LIMIT, "match", "matches")}: ${found}. Older events were not read yet.`;
  } else if (state.pausedBy === "cancelled") {
    text = `Cancelled: ${found}. Older events were not read.`;
  } else if (state.pausedBy === "interrupted") {
    text = `The connection to the server was lost: ${found}.`;
  } else {
    text = found;
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="status" aria-live="polite" className="text-sm text-muted-foreground tabular-nums">
        {text}
      </p>
      {running && state.phase !== "complete" && (
        <Button variant="outline" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      )}
      {!running && !reading && state.phase === "paused" && (
        <Button variant="outline" size="sm" onClick={onContinue}>
          Continue scanning
        </Button>
      )}
    </div>
  );
}
