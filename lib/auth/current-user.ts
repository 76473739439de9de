import "server-only";

import { cookies } from "next/headers";
import { forbidden, unauthorized } from "next/navigation";
import { cache } from "react";

import { failureResponse } from "@/lib/http/failure-response";

import { findLocalUser } from "./local-users";
import { can, PERMISSION_LABELS, type Permission } from "./roles";
import { SESSION_COOKIE } from "./session-cookie";
import { readSession } from "./session-store";
import type { SessionUser } from "./session-user";

/**
 * The signed-in user of this request, or undefined. Read once per request. A password user
 * takes the role configured now, and loses the session when removed from the configuration;
 * an OpenID Connect user keeps the role the provider gave at sign-in until the session ends.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | undefined> => {
  const session = readSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) return undefined;
  const { user } = session;
  if (user.method === "oidc") return user;
  const configured = findLocalUser(user.subject);
  return configured ? { ...user, role: configured.role } : undefined;
});

/**
 * For pages and server actions: the user, if they may do this. Otherwise the request ends
 * here with 401 (nobody signed in) or 403 (a role without the permission), rendered by
 * app/unauthorized.tsx and app/forbidden.tsx.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For route handlers: the user, or the 401/403 response to send instead. */
export async function routeUser(permission: Permission): Promise<SessionUser | Response> {
  const user = await getCurrentUser();
  if (!user)
    return failureResponse(401, "SignInRequired", "Your session has ended. Sign in again.");
  if (!can(user.role, permission)) {
    return failureResponse(
      403,
      "Forbidden",
      `Your role (${user.role}) cannot ${PERMISSION_LABELS[permission]}.`,
    );
  }
  return user;
}
