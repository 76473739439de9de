import "server-only";

import { getEnv } from "@/lib/env";

import { LocalCloudTrail } from "./local-cloudtrail";

// Next.js can evaluate a module more than once (dev reloads, several route bundles); one
// service per process keeps one SQLite connection and one rate limiter.
const holder = globalThis as typeof globalThis & { __trailscopeLocalCloudTrail?: LocalCloudTrail };

/** The process's local CloudTrail service, opened (and seeded) on first use. */
export function getLocalCloudTrail(): LocalCloudTrail {
  const env = getEnv();
  holder.__trailscopeLocalCloudTrail ??= new LocalCloudTrail({
    path: env.dataPath,
    accessKeys: env.localAccessKeys,
    ...(env.localLimits === "none" && { lookupEventsPerSecond: null, historyWindowMs: null }),
  });
  return holder.__trailscopeLocalCloudTrail;
}
