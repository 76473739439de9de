/**
 * Headers every response carries, pages and files alike. Pages also get a per-response
 * Content-Security-Policy with a nonce from proxy.ts; JSON and files get one that allows
 * nothing, so a response opened on its own cannot run anything either.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Views live in their URLs (filters, user names, resources): no other site learns them.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The SQLite driver is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // AWS SDKs post to the endpoint's path with a trailing slash ("/api/cloudtrail/"); a
  // redirect would lose the POST, so the local service answers both forms.
  skipTrailingSlashRedirect: true,
  typedRoutes: false,
  // Lets several builds live side by side (for example one per working copy under test).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // unauthorized() and forbidden(): a refused page or server action answers 401 or 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
