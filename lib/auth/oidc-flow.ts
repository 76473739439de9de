import "server-only";

import { cookies } from "next/headers";
import * as oidc from "openid-client";
import { z } from "zod";

import { getEnv } from "@/lib/env";

import { oidcConfiguration, type OidcSettings } from "./oidc-client";
import { displayName, roleFromClaims } from "./oidc-role";
import { appOrigin, requestOrigin } from "./request-origin";
import { safeReturnPath } from "./return-path";
import { isHttps } from "./session-cookie";
import type { SessionUser } from "./session-user";

/** Why an OpenID Connect sign-in failed; the sign-in page words each one. */
export type OidcFailure = "unavailable" | "expired" | "refused" | "no-role";

const FLOW_COOKIE = "trailscope_oidc";
const FLOW_MINUTES = 10;
const CALLBACK_PATH = "/api/auth/oidc/callback";

const flowSchema = z.object({
  verifier: z.string().min(43).max(128),
  state: z.string().min(1).max(128),
  nonce: z.string().min(1).max(128),
  returnTo: z.string().max(2000),
});

/**
 * Starts the authorization code flow with PKCE, state and nonce. What the callback needs to
 * check the answer is kept in a short-lived HttpOnly cookie of this browser, so the answer
 * is accepted only by the browser that asked.
 */
export async function beginOidcSignIn(settings: OidcSettings, returnTo: string): Promise<URL> {
  const config = await oidcConfiguration(settings);
  const verifier = oidc.randomPKCECodeVerifier();
  const flow = {
    verifier,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    returnTo: safeReturnPath(returnTo),
  };
  const { protocol } = await requestOrigin();
  (await cookies()).set(FLOW_COOKIE, JSON.stringify(flow), {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(protocol),
    path: CALLBACK_PATH,
    maxAge: FLOW_MINUTES * 60,
  });
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: await redirectUri(),
    scope: settings.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
}

export type OidcResult =
  | { ok: true; user: SessionUser; returnTo: string }
  | { ok: false; failure: OidcFailure; detail?: string };

/**
 * Finishes the flow: exchanges the code (openid-client checks state, PKCE, the ID token's
 * signature, issuer, audience, nonce and expiry), reads the claims of the ID token and the
 * UserInfo endpoint, and maps them to a role.
 */
export async function completeOidcSignIn(
  settings: OidcSettings,
  query: URLSearchParams,
): Promise<OidcResult> {
  const jar = await cookies();
  const stored = jar.get(FLOW_COOKIE)?.value;
  jar.delete({ name: FLOW_COOKIE, path: CALLBACK_PATH });
  const flow = stored ? flowSchema.safeParse(safeJson(stored)) : undefined;
  if (!flow?.success) return { ok: false, failure: "expired" };
  if (query.has("error"))
    return { ok: false, failure: "refused", detail: query.get("error") ?? undefined };

  let config: oidc.Configuration;
  try {
    config = await oidcConfiguration(settings);
  } catch (error) {
    return { ok: false, failure: "unavailable", detail: describe(error) };
  }
  try {
    const callback = new URL(await redirectUri());
    callback.search = query.toString();
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: flow.data.verifier,
      expectedState: flow.data.state,
      expectedNonce: flow.data.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) return { ok: false, failure: "refused", detail: "no ID token" };
    const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    const claims: Record<string, unknown> = { ...userInfo, ...idClaims };
    const role = roleFromClaims(claims, settings);
    if (!role) return { ok: false, failure: "no-role" };
    return {
      ok: true,
      user: {
        name: displayName(claims),
        role,
        method: "oidc",
        subject: `${idClaims.iss} ${idClaims.sub}`,
      },
      returnTo: flow.data.returnTo,
    };
  } catch (error) {
    return { ok: false, failure: "refused", detail: describe(error) };
  }
}

async function redirectUri(): Promise<string> {
  return `${await appOrigin(getEnv().publicUrl)}${CALLBACK_PATH}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
