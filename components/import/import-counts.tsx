import { importRate, type ImportProgress } from "@/lib/import/import-report";
import { formatCount, formatNumber } from "@/lib/format/format-count";

/** "1,234 loaded · 12 duplicates · 1 rejected", and the rate while it runs. */
export function ImportCounts({ progress, rate }: { progress: ImportProgress; rate?: boolean }) {
  return (
    <p className="text-xs text-muted-foreground tabular-nums">
      {formatNumber(progress.loaded)} loaded · {formatCount(progress.duplicates, "duplicate")} ·{" "}
      {formatNumber(progress.rejected)} rejected
      {rate && progress.elapsedMs >= 1000 && (
        <> · {formatCount(Math.round(importRate(progress)), "record")}/s</>
      )}
    </p>
  );
}
