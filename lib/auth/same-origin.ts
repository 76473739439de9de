/**
 * Whether a state-changing request comes from the dashboard's own pages. Browsers send
 * Origin on every cross-site and every non-GET request, so one that is missing or foreign is
 * refused: a form on another site, or a script with a stolen cookie, cannot drive a change.
 * The dashboard's origin is TRAILSCOPE_PUBLIC_URL's when set (behind a proxy that rewrites
 * Host), else the scheme and Host the request arrived with.
 */
export function isSameOrigin(
  origin: string | null | undefined,
  request: { host: string | null | undefined; protocol: string },
  publicUrl?: string,
): boolean {
  if (!origin || origin === "null") return false;
  let actual: URL;
  try {
    actual = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl) return actual.origin === new URL(publicUrl).origin;
  if (!request.host) return false;
  return actual.host === request.host.toLowerCase() && actual.protocol === request.protocol;
}

/**
 * The scheme a request arrived with: the proxy in front's first X-Forwarded-Proto when it
 * says https, else `fallback` (the scheme the server itself saw).
 */
export function forwardedProtocol(forwardedProto: string | null, fallback: string): string {
  return forwardedProto?.split(",")[0]?.trim() === "https" ? "https:" : fallback;
}
