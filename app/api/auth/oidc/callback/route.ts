import { type NextRequest } from "next/server";

import { oidcSettings } from "@/lib/auth/oidc-client";
import { completeOidcSignIn } from "@/lib/auth/oidc-flow";
import { startSession } from "@/lib/auth/start-session";

export const dynamic = "force-dynamic";

/** Where the OpenID Connect provider sends the browser back with a code. */
export async function GET(request: NextRequest): Promise<Response> {
  const settings = oidcSettings();
  if (!settings) return redirect("/sign-in?error=oidc-unavailable");
  const result = await completeOidcSignIn(settings, request.nextUrl.searchParams);
  if (!result.ok) {
    // The provider's wording stays in the server's log; the page explains the failure in its own words.
    if (result.detail)
      console.warn(`OpenID Connect sign-in failed (${result.failure}): ${result.detail}`);
    return redirect(`/sign-in?error=oidc-${result.failure}`);
  }
  await startSession(result.user);
  return redirect(result.returnTo);
}

function redirect(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store" },
  });
}
