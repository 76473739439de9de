import { type NextRequest } from "next/server";

import { oidcSettings } from "@/lib/auth/oidc-client";
import { beginOidcSignIn } from "@/lib/auth/oidc-flow";

export const dynamic = "force-dynamic";

/** "Sign in with …": sends the browser to the OpenID Connect provider. */
export async function GET(request: NextRequest): Promise<Response> {
  const settings = oidcSettings();
  if (!settings) return signInPage("unavailable");
  try {
    const url = await beginOidcSignIn(
      settings,
      request.nextUrl.searchParams.get("returnTo") ?? "/",
    );
    return redirect(url.href);
  } catch (error) {
    console.warn(
      "OpenID Connect discovery failed:",
      error instanceof Error ? error.message : error,
    );
    return signInPage("unavailable");
  }
}

function signInPage(error: string): Response {
  return redirect(`/sign-in?error=oidc-${error}`);
}

// A relative Location keeps the browser on the address it used, whatever Host the server saw.
function redirect(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store" },
  });
}
