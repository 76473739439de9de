import type { Metadata } from "next";

import type { HistoryWindow } from "@/components/import/import-summary-view";
import { LogImporter } from "@/components/import/log-importer";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";

export const metadata: Metadata = { title: "Import" };

const DAY_MS = 24 * 60 * 60_000;

/** CloudTrail log files loaded into the local store, for admins. */
export default async function ImportPage() {
  await requirePermission("archive:import");
  const { mode, historyDays } = getDashboardConfig();
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold tracking-tight">Import</h1>
        <p className="text-sm text-muted-foreground">
          Load CloudTrail log files, such as an archive handed over for an investigation, into the
          local store. Their events keep their account and region, and are browsed, filtered,
          charted and checked by the detections like the others.
        </p>
      </div>
      {mode === "local" ? (
        <LogImporter history={historyWindow(historyDays)} />
      ) : (
        <Alert role="status">
          <AlertTitle>Import works in local mode</AlertTitle>
          <AlertDescription>
            This Trailscope reads CloudTrail in AWS. Import loads log files into Trailscope&apos;s
            local store, which it uses in local mode: start it with{" "}
            <code>TRAILSCOPE_MODE=local</code> to import files and browse them.
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}

/** Where the event history starts at this request, to tell which imported records it shows. */
function historyWindow(days: number | null): HistoryWindow {
  return days === null ? null : { days, start: Date.now() - days * DAY_MS };
}
