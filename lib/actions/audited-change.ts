import "server-only";

import type { AuditAction } from "@/lib/audit/audit-entry";
import { recordAudit } from "@/lib/audit/audit-log";
import { requestSourceIp } from "@/lib/auth/request-origin";
import type { SessionUser } from "@/lib/auth/session-user";
import { runAsChange } from "@/lib/cloudtrail/change-context";

import type { ActionResult } from "./action-result";
import { cloudTrailFailure } from "./cloudtrail-failure";

export interface ChangeAttempt {
  user: SessionUser;
  action: AuditAction;
  /** Read when the entry is written, so it can include what the change learnt (the ARN). */
  trail: () => { region?: string; name?: string; arn?: string };
}

/**
 * Makes a change on behalf of the user and writes it to the audit log however it ends:
 * who, what, which trail, the outcome and CloudTrail's request id of each call. CloudTrail's
 * refusals become an ActionResult with a message; nothing is thrown to the client.
 */
export async function auditedChange<T>(
  attempt: ChangeAttempt,
  change: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const { calls, outcome } = await runAsChange(attempt.user, change);
  const result: ActionResult<T> = outcome.ok ? outcome.value : cloudTrailFailure(outcome.error);
  recordAudit({
    at: Date.now(),
    actor: attempt.user.name,
    actorRole: attempt.user.role,
    authMethod: attempt.user.method,
    action: attempt.action,
    trail: attempt.trail(),
    outcome: result.ok ? "succeeded" : "failed",
    error: result.ok ? undefined : result.error,
    calls,
    sourceIp: await requestSourceIp(),
  });
  return result;
}
