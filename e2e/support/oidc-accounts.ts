/** The test provider's client registration and accounts, shared by the provider and the tests. */
export const OIDC_CLIENT = { id: "trailscope", secret: "trailscope-e2e-client-secret" };

export const OIDC_ACCOUNTS = {
  alice: {
    name: "Alice Admin",
    email: "alice@example.com",
    groups: ["trailscope-admin", "engineering"],
  },
  bob: { name: "Bob Analyst", email: "bob@example.com", groups: ["security-analysts"] },
  eve: { name: "Eve Sales", email: "eve@example.com", groups: ["sales"] },
} as const;
