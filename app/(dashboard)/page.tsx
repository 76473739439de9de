import type { Metadata } from "next";

import { OverviewExplorer } from "@/components/overview/overview-explorer";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Overview" };

// The view lives in the URL, read on the client; nothing here may be cached across requests.
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  await requirePermission("activity:read");
  const { regions } = getDashboardConfig();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold tracking-tight">Overview</h1>
      <OverviewExplorer regions={regions} />
    </div>
  );
}
