/** @type {import('next').NextConfig} */
const nextConfig = {
  // The SQLite driver is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
