/**
 * A real OpenID Connect provider for the end-to-end tests: panva's oidc-provider (OpenID
 * Certified), run on this machine with its development login page. The dashboard signs in
 * through it exactly as through any provider: discovery, authorization code with PKCE,
 * ID token and UserInfo. Its accounts stand for an admin, an analyst and someone Trailscope
 * does not admit. Usage: tsx e2e/support/oidc-provider.ts <port> <app origin>...
 */
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

import { OIDC_CLIENT, OIDC_ACCOUNTS } from "./oidc-accounts";

const port = Number(process.argv[2] ?? 3109);
const appOrigins = process.argv.slice(3);

const configuration: Configuration = {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      redirect_uris: appOrigins.map((origin) => `${origin}/api/auth/oidc/callback`),
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: {
    openid: ["sub"],
    profile: ["name", "preferred_username"],
    email: ["email"],
    groups: ["groups"],
  },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["trailscope-e2e-provider-only"] },
  async findAccount(_ctx, id) {
    const account = OIDC_ACCOUNTS[id as keyof typeof OIDC_ACCOUNTS];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, preferred_username: id, ...account }) };
  },
  // A first-party client: consent is given on the user's behalf, as an enterprise IdP does.
  async loadExistingGrant(ctx: KoaContextWithOIDC) {
    const { client, session } = ctx.oidc;
    if (!client || !session?.accountId) return undefined;
    const existing = session.grantIdFor(client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({
      clientId: client.clientId,
      accountId: session.accountId,
    });
    grant.addOIDCScope("openid profile email groups");
    await grant.save();
    return grant;
  },
};

const provider = new Provider(`http://localhost:${port}`, configuration);
provider.listen(port, () => console.log(`OpenID provider on http://localhost:${port}`));
