import "server-only";

import * as oidc from "openid-client";

import { getEnv } from "@/lib/env";

export type OidcSettings = NonNullable<ReturnType<typeof getEnv>["oidc"]>;

let discovered: { issuer: string; config: Promise<oidc.Configuration> } | undefined;

/**
 * The provider's configuration, discovered from its issuer (/.well-known/openid-configuration)
 * once and kept; a failed discovery is forgotten so the next sign-in tries again.
 */
export function oidcConfiguration(settings: OidcSettings): Promise<oidc.Configuration> {
  if (discovered?.issuer === settings.issuer) return discovered.config;
  const config = oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    settings.clientSecret,
    // With no secret the dashboard is a public client, and PKCE alone binds the code.
    settings.clientSecret ? undefined : oidc.None(),
    // Plain HTTP only when configured for a provider on the same machine (tests, a lab).
    settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  discovered = { issuer: settings.issuer, config };
  config.catch(() => {
    if (discovered?.config === config) discovered = undefined;
  });
  return config;
}

export function oidcSettings(): OidcSettings | undefined {
  return getEnv().oidc;
}
