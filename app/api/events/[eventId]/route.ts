import { routeUser } from "@/lib/auth/current-user";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { lookupEvent } from "@/lib/cloudtrail/event-lookup";
import { eventRefProblems } from "@/lib/events/event-ref";
import { eventNotFound } from "@/lib/events/failure";

export const dynamic = "force-dynamic";

/** One event by ID in a region (`?region=`), for an event opened from a shared link. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ eventId: string }> },
): Promise<Response> {
  const user = await routeUser("activity:read");
  if (user instanceof Response) return user;
  const { eventId } = await params;
  const { regions, historyDays } = getDashboardConfig();
  const region = new URL(request.url).searchParams.get("region") ?? regions[0];
  const problems = eventRefProblems(region, eventId, regions);
  if (problems.length > 0) {
    return Response.json(
      { error: { code: "BadRequest", message: problems.join(" "), retryable: false } },
      { status: 400 },
    );
  }
  const lookup = await lookupEvent(region, eventId, request.signal);
  switch (lookup.kind) {
    case "found":
      return Response.json(lookup.event);
    case "missing":
      return Response.json({ error: eventNotFound(region, eventId, historyDays) }, { status: 404 });
    case "failed":
      return Response.json(
        { error: lookup.failure },
        { status: lookup.failure.retryable ? 503 : 400 },
      );
  }
}
