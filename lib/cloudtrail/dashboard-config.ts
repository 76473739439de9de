import "server-only";

import { getEnv } from "@/lib/env";
import { getLocalCloudTrail } from "@/lib/local-cloudtrail/instance";
import { importedRegions } from "@/lib/local-cloudtrail/store/imported-regions";

/** What the UI may know of the server's configuration (nothing secret). */
export interface DashboardConfig {
  mode: "local" | "aws";
  regions: string[];
  /** How many days back the event history reaches; null when the local store has no limit. */
  historyDays: number | null;
}

/** CloudTrail's event history keeps 90 days. */
export const HISTORY_DAYS = 90;

/**
 * The configured regions, and in local mode the regions of imported log files after them:
 * an archive brings its own regions, which must be browsable like the rest.
 */
export function getDashboardConfig(): DashboardConfig {
  const { mode, regions, localLimits } = getEnv();
  if (mode === "aws") return { mode, regions, historyDays: HISTORY_DAYS };
  const stored = importedRegions(getLocalCloudTrail().db).filter((r) => !regions.includes(r));
  return {
    mode,
    regions: [...regions, ...stored],
    historyDays: localLimits === "none" ? null : HISTORY_DAYS,
  };
}
