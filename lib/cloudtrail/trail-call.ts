import "server-only";

import type { CloudTrailClient } from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";

import { currentChange, requestIdOf } from "./change-context";
import { getChangeClient } from "./change-client";
import { getCloudTrailClient } from "./client";
import { rateLimitedCall } from "./rate-limited-call";
import { RateLimiter } from "./rate-limiter";

/** The trail operations CloudTrail allows 10 calls a second; every other one, 1. */
const FAST_OPERATIONS = new Set(["DescribeTrails", "GetTrailStatus"]);

/** The calls that change something: made as the person, and kept in the audit log. */
const CHANGING_OPERATIONS = new Set([
  "CreateTrail",
  "UpdateTrail",
  "DeleteTrail",
  "StartLogging",
  "StopLogging",
  "PutEventSelectors",
  "PutInsightSelectors",
  "AddTags",
  "RemoveTags",
]);

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
 * region's client, retrying throttling and transient faults. Inside a change (runAsChange),
 * a changing call runs as the person when a role is configured for it, and its request id
 * is recorded for the audit log.
 */
export async function trailCall<T>(
  region: string,
  operation: TrailOperation,
  send: (client: CloudTrailClient) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const limiters = getTrailCallLimiters();
  const limiter = FAST_OPERATIONS.has(operation) ? limiters.fast : limiters.slow;
  const change = CHANGING_OPERATIONS.has(operation) ? currentChange() : undefined;
  const client = (change && getChangeClient(region, change.user)) || getCloudTrailClient(region);
  try {
    const output = await rateLimitedCall(
      limiter,
      `${getEnv().mode}:${region}`,
      () => send(client),
      signal,
    );
    change?.calls.push({ operation, region, requestId: requestIdOf(output) });
    return output;
  } catch (error) {
    change?.calls.push({
      operation,
      region,
      requestId: requestIdOf(error),
      errorCode: errorCode(error),
    });
    throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
