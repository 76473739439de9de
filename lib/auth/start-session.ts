import "server-only";

import { cookies } from "next/headers";

import { getEnv } from "@/lib/env";

import { requestOrigin } from "./request-origin";
import { SESSION_COOKIE, sessionCookieOptions } from "./session-cookie";
import { createSession, deleteSession } from "./session-store";
import type { SessionUser } from "./session-user";

/** Signs the user in on this browser: a new session, whatever session it had before. */
export async function startSession(user: SessionUser): Promise<void> {
  const jar = await cookies();
  deleteSession(jar.get(SESSION_COOKIE)?.value);
  const { token, expiresAt } = createSession(user, getEnv().sessionHours * 3_600_000);
  const { protocol } = await requestOrigin();
  jar.set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt, protocol));
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  deleteSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
}
