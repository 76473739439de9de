/**
 * What answers without a session: the sign-in page and its OpenID Connect routes, the
 * health check, and the local CloudTrail service's endpoint, which AWS clients reach with
 * SigV4-signed requests instead of a cookie. Exact paths or a path and what lies under it,
 * never a prefix of a name ("/sign-in-x" is not public).
 */
const PUBLIC = ["/sign-in", "/api/health", "/api/auth/oidc", "/api/cloudtrail"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** The one route whose callers are not browsers: it is guarded by signatures, not Origin. */
export function isSignatureGuardedPath(pathname: string): boolean {
  return pathname === "/api/cloudtrail" || pathname.startsWith("/api/cloudtrail/");
}
