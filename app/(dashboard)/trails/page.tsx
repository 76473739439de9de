import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";

import { TrailsExplorer } from "@/components/trails/trails-explorer";
import { TrailsHeading } from "@/components/trails/trails-heading";
import { trailsQueryKey } from "@/components/trails/trails-query";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { listTrails } from "@/lib/cloudtrail/list-trails";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Trails" };
export const dynamic = "force-dynamic";

/**
 * The account's trails with their statuses, read on the server so the page arrives with
 * them; a failing region or status is part of the listing, so this does not throw.
 */
export default async function TrailsPage() {
  await requirePermission("activity:read");
  const queryClient = new QueryClient();
  queryClient.setQueryData(trailsQueryKey, await listTrails(getDashboardConfig().regions));
  return (
    <div className="flex flex-col gap-6">
      <TrailsHeading />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TrailsExplorer />
      </HydrationBoundary>
    </div>
  );
}
