import type { LocalCloudTrail } from "@/lib/local-cloudtrail/local-cloudtrail";

import { RateLimiter } from "../rate-limiter";

const holder = globalThis as typeof globalThis & {
  __trailscopeLocalCloudTrail?: LocalCloudTrail;
  __trailscopeLookupLimiter?: RateLimiter;
  __trailscopeTrailLimiters?: { fast: RateLimiter; slow: RateLimiter };
};

/**
 * Points the dashboard's data access (lib/cloudtrail) at a test harness's service, with rate
 * limiters that never make a test wait. Returns what undoes it.
 */
export function connectDashboardTo(service: LocalCloudTrail): () => void {
  holder.__trailscopeLocalCloudTrail = service;
  holder.__trailscopeLookupLimiter = new RateLimiter(10_000, 10_000);
  holder.__trailscopeTrailLimiters = {
    fast: new RateLimiter(10_000, 10_000),
    slow: new RateLimiter(10_000, 10_000),
  };
  return () => {
    delete holder.__trailscopeLocalCloudTrail;
    delete holder.__trailscopeLookupLimiter;
    delete holder.__trailscopeTrailLimiters;
  };
}
