import { routeUser } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { listTrails } from "@/lib/cloudtrail/list-trails";

export const dynamic = "force-dynamic";

/**
 * Every trail of the account with its status, from the configured regions: what the Trails
 * page refreshes from after a change. Regions and statuses that fail are part of the answer.
 */
export async function GET(): Promise<Response> {
  const user = await routeUser("activity:read");
  if (user instanceof Response) return user;
  const listing = await listTrails(getDashboardConfig().regions);
  return Response.json(listing, { headers: { "Cache-Control": "no-store" } });
}
