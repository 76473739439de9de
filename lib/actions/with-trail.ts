import "server-only";

import { findTrail } from "@/lib/cloudtrail/describe-trails";
import type { Trail } from "@/lib/trails/trail";
import type { TrailRef } from "@/lib/trails/trail-ref-schema";

import type { ActionResult } from "./action-result";
import { authorize } from "./authorize";
import { cloudTrailFailure } from "./cloudtrail-failure";

/**
 * The common path of a change to an existing trail: ask authorize() whether the caller may
 * change trails, re-read the trail from its home region (the page may be stale), run the
 * change on it, and answer an ActionResult; CloudTrail's refusals become messages.
 */
export async function withTrail<T>(
  ref: TrailRef,
  change: (trail: Trail) => Promise<T>,
): Promise<ActionResult<T>> {
  const allowed = await authorize("trails:change");
  if (!allowed.ok) return allowed;
  try {
    const trail = await findTrail(ref.region, ref.name);
    if (!trail) {
      return {
        ok: false,
        error: `There is no trail ${ref.name} with home region ${ref.region}. It may have been deleted; reload the page.`,
      };
    }
    return { ok: true, data: await change(trail) };
  } catch (error) {
    return cloudTrailFailure(error);
  }
}
