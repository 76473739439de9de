import type { Role } from "./roles";

/** The person behind a request, as a session remembers them. */
export interface SessionUser {
  /** What the dashboard and its audit log call them: a local user name, or the OpenID Connect `preferred_username`, `email` or `sub`. */
  name: string;
  role: Role;
  method: "password" | "oidc";
  /** The local user name, or the issuer's `sub`: stable across sign-ins. */
  subject: string;
}
