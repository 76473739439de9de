/**
 * Where to go after signing in: a path on this dashboard only. Anything else (another
 * origin, `//host`, `/\host`, `javascript:`, control characters, the sign-in page itself)
 * falls back to the Overview, so a crafted sign-in link cannot send a person elsewhere.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  const base = "http://trailscope.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base || url.pathname === "/sign-in") return "/";
  // URL percent-encodes what it normalises (up to 12 characters for one): keep the bound.
  const path = url.pathname + url.search + url.hash;
  return path.length > 2000 ? "/" : path;
}
