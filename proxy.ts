import { NextResponse, type NextRequest } from "next/server";

import { isPublicPath, isSignatureGuardedPath } from "@/lib/auth/public-paths";
import { forwardedProtocol, isSameOrigin } from "@/lib/auth/same-origin";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-name";
import { getEnv } from "@/lib/env";
import { failureResponse } from "@/lib/http/failure-response";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The first gate of every request. It is a convenience and a first line, never the only
 * one: every page, route handler and server action checks the session and role itself, so
 * a request that slips past the proxy (the x-middleware-subrequest and prefetch tricks of
 * past Next.js advisories) still meets a refusal.
 * - A change (any non-GET) from a foreign or missing Origin is refused with 403.
 * - Without a session cookie, pages redirect to sign-in and everything else answers 401.
 * - Pages get a fresh CSP nonce; Next.js reads it from the request's policy header.
 */
export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  // Next.js answers 500 for a dynamic segment that does not percent-decode
  // (vercel/next.js#92527); no address of the dashboard is one, so it is refused here.
  if (!decodes(pathname))
    return failureResponse(400, "BadRequest", "The address is not well formed.");
  const env = getEnv();
  const protocol = forwardedProtocol(
    request.headers.get("x-forwarded-proto"),
    request.nextUrl.protocol,
  );

  if (!SAFE_METHODS.has(request.method) && !isSignatureGuardedPath(pathname)) {
    const origin = request.headers.get("origin");
    if (!isSameOrigin(origin, { host: request.headers.get("host"), protocol }, env.publicUrl)) {
      return failureResponse(
        403,
        "Forbidden",
        "Changes are accepted only from Trailscope's own pages.",
      );
    }
  }

  if (!isPublicPath(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    if (
      pathname.startsWith("/api/") ||
      !SAFE_METHODS.has(request.method) ||
      isFlightRequest(request)
    ) {
      return failureResponse(401, "SignInRequired", "Sign in to use Trailscope.");
    }
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("returnTo", pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn, 307);
  }

  if (pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: protocol === "https:",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// The client router's requests for a page's server component payload (navigation, prefetch).
function isFlightRequest(request: NextRequest): boolean {
  return (
    request.headers.has("rsc") ||
    request.headers.has("next-router-prefetch") ||
    request.nextUrl.searchParams.has("_rsc") ||
    request.nextUrl.pathname.endsWith(".rsc")
  );
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but the build's static files, which hold nothing of the account, and the
  // import route: Next.js reads a request's whole body into memory for the proxy, and cuts
  // it at 10 MB, where an uploaded archive must stream. That route checks Origin, session
  // and role itself (app/api/import/route.ts).
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|api/import/?$).*)"],
};
