import { afterAll, beforeAll } from "vitest";

import type { LocalCloudTrail } from "@/lib/local-cloudtrail/local-cloudtrail";
import { createHarness } from "@/lib/local-cloudtrail/testing/harness";

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

/**
 * A local service on an empty store without LookupEvents throttling, which the dashboard's
 * data access reaches for the whole test file (connected before its tests, closed after).
 */
export function connectedHarness(): ReturnType<typeof createHarness> {
  const harness = createHarness({ lookupEventsPerSecond: null });
  let disconnect = () => {};
  beforeAll(() => {
    disconnect = connectDashboardTo(harness.service);
  });
  afterAll(() => {
    disconnect();
    harness.close();
  });
  return harness;
}
