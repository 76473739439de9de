import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { lookupEventById } from "@/lib/cloudtrail/lookup-events";
import { eventNotFound } from "@/lib/events/failure";

export const dynamic = "force-dynamic";

/** One event by ID in a region (`?region=`), for an event opened from a shared link. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ eventId: string }> },
): Promise<Response> {
  const { eventId } = await params;
  const { regions } = getDashboardConfig();
  const region = new URL(request.url).searchParams.get("region") ?? regions[0];
  if (!regions.includes(region)) {
    const message = `Region ${region} is not one of this dashboard's regions (${regions.join(", ")}).`;
    return Response.json(
      { error: { code: "BadRequest", message, retryable: false } },
      { status: 400 },
    );
  }
  try {
    const event = await lookupEventById(region, eventId, request.signal);
    if (!event) {
      return Response.json({ error: eventNotFound(region, eventId) }, { status: 404 });
    }
    return Response.json(event);
  } catch (error) {
    const failure = describeCloudTrailError(error);
    return Response.json({ error: failure }, { status: failure.retryable ? 503 : 400 });
  }
}
