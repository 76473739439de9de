import { routeUser } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { scanEvents } from "@/lib/cloudtrail/scan-events";
import { scanRequestFromSearchParams } from "@/lib/events/scan-request";
import { ndjsonResponse } from "@/lib/http/ndjson-response";

export const dynamic = "force-dynamic";

/**
 * Streams a view's scan as NDJSON, one ScanMessage a line, as pages arrive. A GET route
 * rather than a server action: the browser reads it as a stream, runs several at once, and
 * cancels by closing the request, which stops the scan here.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await routeUser("activity:read");
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const parsed = scanRequestFromSearchParams(params, getDashboardConfig().regions, Date.now());
  if (!parsed.ok) {
    return Response.json(
      { error: { code: "BadRequest", message: parsed.error, retryable: false } },
      { status: 400 },
    );
  }
  return ndjsonResponse(request, (signal) => scanEvents(parsed.request, signal));
}
