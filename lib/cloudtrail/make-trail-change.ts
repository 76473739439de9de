import "server-only";

import type { CloudTrailClient } from "@aws-sdk/client-cloudtrail";

import type { Trail } from "@/lib/trails/trail";
import type { TrailChange } from "@/lib/trails/trail-change";

import { trailCall, type TrailOperation } from "./trail-call";
import { forgetTrailReads } from "./trail-read-cache";

/**
 * Makes one change to a trail from its home region (the only one that accepts changes) and
 * notes it, so the UI can link to the event CloudTrail records for it. The next read of
 * trails is fresh, also after a failure: a call that timed out may still have changed it.
 */
export async function makeTrailChange(
  trail: Pick<Trail, "homeRegion" | "arn">,
  operation: TrailOperation,
  send: (client: CloudTrailClient) => Promise<unknown>,
): Promise<TrailChange> {
  const at = Date.now();
  try {
    await trailCall(trail.homeRegion, operation, send);
  } finally {
    forgetTrailReads();
  }
  return { eventName: operation, region: trail.homeRegion, trailArn: trail.arn, at };
}
