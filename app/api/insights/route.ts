import { routeUser } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { lookupInsights } from "@/lib/cloudtrail/lookup-insights";
import { insightsRequestFor } from "@/lib/insights/insights-request";
import { insightsListProblems, loadInsightsView } from "@/lib/insights/insights-view";

export const dynamic = "force-dynamic";

/**
 * The Insights of a view's regions and time range (the page's URL parameters `regions`,
 * `range`, `from`, `to`), every region read in parallel. A GET route rather than a server
 * action, so the browser can cancel it when the view changes.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await routeUser("activity:read");
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const { regions } = getDashboardConfig();
  const problems = insightsListProblems(params, regions);
  if (problems.length > 0) {
    return Response.json(
      { error: { code: "BadRequest", message: problems.join(" "), retryable: false } },
      { status: 400 },
    );
  }
  const list = await lookupInsights(
    insightsRequestFor(loadInsightsView(params), regions, Date.now()),
    request.signal,
  ).catch((error: unknown) => {
    // Only an aborted request rejects: the browser has gone, and nothing reads the answer.
    if (request.signal.aborted) return null;
    throw error;
  });
  if (!list) return new Response(null, { status: 499 });
  return Response.json(list, { headers: { "Cache-Control": "no-store" } });
}
