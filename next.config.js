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
};

module.exports = nextConfig;
