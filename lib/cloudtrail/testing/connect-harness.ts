import type { LocalCloudTrail } from "@/lib/local-cloudtrail/local-cloudtrail";

import { LookupRateLimiter } from "../lookup-rate-limiter";

const holder = globalThis as typeof globalThis & {
  __trailscopeLocalCloudTrail?: LocalCloudTrail;
  __trailscopeLookupLimiter?: LookupRateLimiter;
};

/**
 * Points the dashboard's data access (lib/cloudtrail) at a test harness's service, with a
 * rate limiter that never makes a test wait. Returns what undoes it.
 */
export function connectDashboardTo(service: LocalCloudTrail): () => void {
  holder.__trailscopeLocalCloudTrail = service;
  holder.__trailscopeLookupLimiter = new LookupRateLimiter(10_000, 10_000);
  return () => {
    delete holder.__trailscopeLocalCloudTrail;
    delete holder.__trailscopeLookupLimiter;
  };
}
