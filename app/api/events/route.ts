import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { lookupEventsPage } from "@/lib/cloudtrail/lookup-events";
import { eventsRequestFromSearchParams } from "@/lib/events/events-request";

export const dynamic = "force-dynamic";

/**
 * One page of events for a view. Reads go through a GET route, not a server action, so
 * the browser can run them in parallel and cancel them (the request's signal reaches the
 * SDK call).
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = eventsRequestFromSearchParams(params, getDashboardConfig().regions, Date.now());
  if (!parsed.ok) {
    return Response.json(
      { error: { code: "BadRequest", message: parsed.error, retryable: false } },
      { status: 400 },
    );
  }
  try {
    return Response.json(await lookupEventsPage(parsed.request, request.signal));
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    const failure = describeCloudTrailError(error);
    return Response.json({ error: failure }, { status: failure.retryable ? 503 : 400 });
  }
}
