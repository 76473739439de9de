import { routeUser } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { lookupInsightActivity } from "@/lib/cloudtrail/lookup-insights";
import { parseActivitySearchParams } from "@/lib/insights/activity-request";

export const dynamic = "force-dynamic";

/**
 * An insight's calls per minute around it (`region`, `eventSource`, `eventName`, optional
 * `errorCode`, `start`, optional `end`), counted here so the browser receives minutes, not
 * events. Cancelled with the request.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await routeUser("activity:read");
  if (user instanceof Response) return user;
  const now = Date.now();
  const { regions, historyDays } = getDashboardConfig();
  const parsed = parseActivitySearchParams(
    new URL(request.url).searchParams,
    regions,
    now,
    historyDays,
  );
  if (!parsed.ok) {
    return Response.json(
      { error: { code: "BadRequest", message: parsed.error, retryable: false } },
      { status: 400 },
    );
  }
  try {
    const activity = await lookupInsightActivity(parsed.request, now, request.signal);
    return Response.json(activity, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    const failure = describeCloudTrailError(error);
    return Response.json({ error: failure }, { status: failure.retryable ? 503 : 502 });
  }
}
