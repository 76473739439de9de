import "server-only";

import type { AuditAction } from "@/lib/audit/audit-entry";
import type { SessionUser } from "@/lib/auth/session-user";
import { findTrail } from "@/lib/cloudtrail/describe-trails";
import type { Trail } from "@/lib/trails/trail";
import type { TrailRef } from "@/lib/trails/trail-ref-schema";

import type { ActionResult } from "./action-result";
import { auditedChange } from "./audited-change";

/**
 * The common path of a change to an existing trail, once authorize() has let the user in:
 * re-read the trail from its home region (the page may be stale), run the change on it, and
 * answer an ActionResult, with the attempt in the audit log.
 */
export async function withTrail<T>(
  user: SessionUser,
  action: AuditAction,
  ref: TrailRef,
  change: (trail: Trail) => Promise<T>,
): Promise<ActionResult<T>> {
  let arn: string | undefined;
  return auditedChange({ user, action, trail: () => ({ ...ref, arn }) }, async () => {
    const trail = await findTrail(ref.region, ref.name);
    if (!trail) {
      return {
        ok: false,
        error: `There is no trail ${ref.name} with home region ${ref.region}. It may have been deleted; reload the page.`,
      };
    }
    arn = trail.arn;
    return { ok: true, data: await change(trail) };
  });
}
