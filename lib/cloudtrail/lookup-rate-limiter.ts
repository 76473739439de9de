import "server-only";

import { RateLimiter } from "./rate-limiter";

/**
 * CloudTrail documents 2 LookupEvents calls per second. The limiter runs a little under it:
 * the time a call takes to reach CloudTrail varies by a few milliseconds, and a call that
 * arrives early is throttled.
 */
export const LOOKUP_CALLS_PER_SECOND = 1.96;
export const LOOKUP_BURST = 2;

const holder = globalThis as typeof globalThis & { __trailscopeLookupLimiter?: RateLimiter };

/** The process-wide limiter (kept on globalThis so dev reloads and route bundles share it). */
export function getLookupRateLimiter(): RateLimiter {
  holder.__trailscopeLookupLimiter ??= new RateLimiter(LOOKUP_CALLS_PER_SECOND, LOOKUP_BURST);
  return holder.__trailscopeLookupLimiter;
}
