import "server-only";

import { getEnv } from "@/lib/env";

export { SESSION_COOKIE } from "./session-cookie-name";

/**
 * HttpOnly so no script (the page's or an injected one) can read it; SameSite=Lax so the
 * OpenID Connect callback, a top-level GET from the provider, still carries the sign-in
 * state while cross-site POSTs carry nothing; Secure whenever the dashboard is served over
 * HTTPS.
 */
export function sessionCookieOptions(expiresAt: number, protocol: string) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: isHttps(protocol),
    expires: new Date(expiresAt),
  };
}

export function isHttps(protocol: string): boolean {
  const publicUrl = getEnv().publicUrl;
  return publicUrl ? publicUrl.startsWith("https:") : protocol === "https:";
}
