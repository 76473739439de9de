import "server-only";

import { headers } from "next/headers";
import { forbidden, unauthorized } from "next/navigation";

import { recordAudit } from "@/lib/audit/audit-log";
import type { AuditAction } from "@/lib/audit/audit-entry";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestOrigin, requestSourceIp } from "@/lib/auth/request-origin";
import { can, PERMISSION_LABELS, type Permission } from "@/lib/auth/roles";
import { isSameOrigin } from "@/lib/auth/same-origin";
import type { SessionUser } from "@/lib/auth/session-user";
import { getEnv } from "@/lib/env";

/**
 * The one place a server action asks whether its caller may do something, before it reads
 * its input or touches CloudTrail. It checks the request itself, whatever the page showed
 * and whatever the proxy let through:
 * - the Origin header is the dashboard's own (a missing or foreign one is 403);
 * - someone is signed in (else 401);
 * - their role has the permission (else 403, and the attempt is written to the audit log).
 * Refusals end the request with Next.js's unauthorized()/forbidden(), so the answer carries
 * the HTTP status and nothing else.
 */
export async function authorize(
  permission: Permission,
  attempt: { action: AuditAction; input: unknown },
): Promise<SessionUser> {
  const origin = (await headers()).get("origin");
  if (!isSameOrigin(origin, await requestOrigin(), getEnv().publicUrl)) forbidden();
  const user = await getCurrentUser();
  if (!user) unauthorized();
  if (!can(user.role, permission)) {
    recordAudit({
      at: Date.now(),
      actor: user.name,
      actorRole: user.role,
      authMethod: user.method,
      action: attempt.action,
      trail: attemptedTrail(attempt.input),
      outcome: "refused",
      error: `The ${user.role} role cannot ${PERMISSION_LABELS[permission]}.`,
      calls: [],
      sourceIp: await requestSourceIp(),
    });
    forbidden();
  }
  return user;
}

// What a refused request said it wanted to change, kept short: it was never validated.
function attemptedTrail(input: unknown): { region?: string; name?: string } | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const { region, name } = input as { region?: unknown; name?: unknown };
  const short = (value: unknown) => (typeof value === "string" ? value.slice(0, 256) : undefined);
  const trail = { region: short(region), name: short(name) };
  return trail.region || trail.name ? trail : undefined;
}
