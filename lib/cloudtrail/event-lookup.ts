import "server-only";

import { describeCloudTrailError } from "@/lib/cloudtrail/errors";
import { lookupEventById } from "@/lib/cloudtrail/lookup-events";
import type { Failure } from "@/lib/events/failure";
import type { TrailEvent } from "@/lib/events/trail-event";

export type EventLookup =
  { kind: "found"; event: TrailEvent } | { kind: "missing" } | { kind: "failed"; failure: Failure };

/** One event by region and ID, with a miss and a CloudTrail failure as outcomes, not throws. */
export async function lookupEvent(
  region: string,
  eventId: string,
  signal?: AbortSignal,
): Promise<EventLookup> {
  try {
    const event = await lookupEventById(region, eventId, signal);
    return event ? { kind: "found", event } : { kind: "missing" };
  } catch (error) {
    return { kind: "failed", failure: describeCloudTrailError(error) };
  }
}
