import { routeUser } from "@/lib/auth/current-user";
import { findTrail } from "@/lib/cloudtrail/describe-trails";
import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { readTrailSelectors } from "@/lib/cloudtrail/trail-selectors";
import type { Failure } from "@/lib/events/failure";
import { trailRefProblems } from "@/lib/trails/trail-ref-schema";

export const dynamic = "force-dynamic";

/**
 * A trail's event and Insights selectors (`?region=<home region>&name=<trail name>`), for the
 * Trails list's posture checks of trails with custom selectors. A GET route rather than a
 * server action, so the list reads several trails at once.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await routeUser("activity:read");
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const region = params.get("region") ?? "";
  const name = params.get("name") ?? "";
  const problems = trailRefProblems(region, name);
  if (problems.length > 0) {
    return failure({ code: "BadRequest", message: problems.join(" "), retryable: false }, 400);
  }
  try {
    const trail = await findTrail(region, name);
    if (!trail) {
      const message = `There is no trail ${name} with home region ${region}.`;
      return failure({ code: "TrailNotFound", message, retryable: false }, 404);
    }
    const selectors = await readTrailSelectors(trail);
    return Response.json(selectors, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const described = describeCloudTrailError(error);
    return failure(described, statusOf(described));
  }
}

function statusOf(failure: Failure): number {
  if (failure.code === "TrailNotFoundException") return 404;
  if (failure.code === "AccessDeniedException") return 403;
  return failure.retryable ? 503 : 502;
}

function failure(error: Failure, status: number): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}
