import { routeUser } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { scanOverview } from "@/lib/cloudtrail/scan-overview";
import { scanRequestFor } from "@/lib/events/scan-request";
import { ndjsonResponse } from "@/lib/http/ndjson-response";
import { loadEventsView } from "@/lib/view/events-view";

export const dynamic = "force-dynamic";

/**
 * Streams the Overview of a view as NDJSON: scan progress and chart snapshots. Closing
 * the request stops the scan.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await routeUser("activity:read");
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const scan = scanRequestFor(loadEventsView(params), getDashboardConfig().regions, Date.now());
  return ndjsonResponse(request, (signal) => scanOverview(scan, signal));
}
