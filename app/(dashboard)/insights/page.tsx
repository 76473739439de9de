import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";

import { InsightsExplorer } from "@/components/insights/insights-explorer";
import { InsightsHeading } from "@/components/insights/insights-heading";
import { insightsQueryKey } from "@/components/insights/insights-query";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { lookupInsights } from "@/lib/cloudtrail/lookup-insights";
import { insightsRequestFor } from "@/lib/insights/insights-request";
import {
  effectiveInsightsView,
  loadInsightsView,
  type InsightsView,
} from "@/lib/insights/insights-view";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("activity:read");
  const { regions } = getDashboardConfig();
  const view = effectiveInsightsView(loadInsightsView(await searchParams), regions);
  const queryClient = await prefetchInsights(view, regions);

  return (
    <div className="flex flex-col gap-4">
      <InsightsHeading />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <InsightsExplorer regions={regions} />
      </HydrationBoundary>
    </div>
  );
}

/**
 * Reads the view's list into a QueryClient under the key the client reads, so the page
 * arrives with its insights. A region's failure is part of the list: this does not throw.
 */
async function prefetchInsights(view: InsightsView, regions: string[]): Promise<QueryClient> {
  const queryClient = new QueryClient();
  const list = await lookupInsights(insightsRequestFor(view, regions, Date.now()));
  queryClient.setQueryData(insightsQueryKey(view), list);
  return queryClient;
}
