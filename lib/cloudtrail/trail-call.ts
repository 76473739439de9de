import "server-only";

import type { CloudTrailClient } from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";

import { getCloudTrailClient } from "./client";
import { rateLimitedCall } from "./rate-limited-call";
import { RateLimiter } from "./rate-limiter";

/** The trail operations CloudTrail allows 10 calls a second; every other one, 1. */
const FAST_OPERATIONS = new Set(["DescribeTrails", "GetTrailStatus"]);

export type TrailOperation =
  | "DescribeTrails"
  | "GetTrailStatus"
  | "ListTags"
  | "GetEventSelectors"
  | "GetInsightSelectors"
  | "CreateTrail"
  | "UpdateTrail"
  | "DeleteTrail"
  | "StartLogging"
  | "StopLogging"
  | "PutEventSelectors"
  | "PutInsightSelectors"
  | "AddTags"
  | "RemoveTags";

const holder = globalThis as typeof globalThis & {
  __trailscopeTrailLimiters?: { fast: RateLimiter; slow: RateLimiter };
};

/**
 * The process-wide limiters for trail calls, shared by all users (kept on globalThis so dev
 * reloads and route bundles share them). Like the LookupEvents limiter they run a little
 * under CloudTrail's quotas, so a call that arrives a few milliseconds early is not throttled.
 */
export function getTrailCallLimiters(): { fast: RateLimiter; slow: RateLimiter } {
  holder.__trailscopeTrailLimiters ??= {
    fast: new RateLimiter(9.8, 10),
    slow: new RateLimiter(0.98, 1),
  };
  return holder.__trailscopeTrailLimiters;
}

/**
 * Makes one trail call in `region` within CloudTrail's quota for that operation, with the
 * region's client, retrying throttling and transient faults.
 */
export function trailCall<T>(
  region: string,
  operation: TrailOperation,
  send: (client: CloudTrailClient) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const limiters = getTrailCallLimiters();
  const limiter = FAST_OPERATIONS.has(operation) ? limiters.fast : limiters.slow;
  return rateLimitedCall(
    limiter,
    `${getEnv().mode}:${region}`,
    () => send(getCloudTrailClient(region)),
    signal,
  );
}
