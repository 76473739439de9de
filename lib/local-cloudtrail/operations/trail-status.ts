import "server-only";

import { saveTrail } from "../store/trails-repo";
import type { Trail } from "../types";
import type { OperationHandler } from "./context";
import { inputString } from "./input";
import { resolveTrail } from "./resolve-trail";

const DELIVERY_INTERVAL = 5 * 60_000;
const DIGEST_INTERVAL = 60 * 60_000;

export const startLogging: OperationHandler = (ctx, input) => {
  const trail = resolveTrail(ctx, inputString(input, "Name")!, "write");
  if (!trail.isLogging) saveTrail(ctx.db, { ...trail, isLogging: true, startLoggingTime: ctx.now });
  return {};
};

export const stopLogging: OperationHandler = (ctx, input) => {
  const trail = resolveTrail(ctx, inputString(input, "Name")!, "write");
  if (trail.isLogging) saveTrail(ctx.db, { ...trail, isLogging: false, stopLoggingTime: ctx.now });
  return {};
};

export const getTrailStatus: OperationHandler = (ctx, input) =>
  trailStatus(resolveTrail(ctx, inputString(input, "Name")!, "status"), ctx.now);

/**
 * The status a real trail would report. The local service writes no files, so deliveries
 * are simulated on CloudTrail's rhythm: log files about every 5 minutes and digest files
 * hourly while the trail logs, each failing while the trail has a delivery error.
 */
export function trailStatus(trail: Trail, now: number): Record<string, unknown> {
  const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);
  const iso = (ms: number | undefined) =>
    ms === undefined ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

  const since = trail.startLoggingTime;
  const until = trail.isLogging ? now : trail.stopLoggingTime;
  const lastTick = (interval: number) => {
    if (since === undefined || until === undefined) return undefined;
    const tick = Math.floor(until / interval) * interval;
    return tick > since ? tick : undefined;
  };
  const attempt = lastTick(DELIVERY_INTERVAL);
  const failing = trail.latestDeliveryError !== undefined;
  const delivered = failing ? undefined : attempt;
  const digest = trail.logFileValidationEnabled && !failing ? lastTick(DIGEST_INTERVAL) : undefined;
  const cloudWatch = trail.cloudWatchLogsLogGroupArn ? lastTick(60_000) : undefined;
  const notified = trail.snsTopicName && !failing ? delivered : undefined;

  return {
    IsLogging: trail.isLogging,
    LatestDeliveryError: trail.latestDeliveryError,
    LatestDeliveryTime: seconds(delivered),
    LatestDeliveryAttemptTime: iso(attempt) ?? "",
    LatestDeliveryAttemptSucceeded: iso(delivered) ?? "",
    LatestDigestDeliveryTime: seconds(digest),
    LatestDigestDeliveryError:
      failing && trail.logFileValidationEnabled ? trail.latestDeliveryError : undefined,
    LatestCloudWatchLogsDeliveryTime: seconds(cloudWatch),
    LatestNotificationTime: seconds(notified),
    LatestNotificationAttemptTime: trail.snsTopicName ? (iso(attempt) ?? "") : "",
    LatestNotificationAttemptSucceeded: iso(notified) ?? "",
    StartLoggingTime: seconds(trail.startLoggingTime),
    StopLoggingTime: seconds(trail.stopLoggingTime),
    TimeLoggingStarted: iso(trail.startLoggingTime) ?? "",
    TimeLoggingStopped: iso(trail.stopLoggingTime) ?? "",
  };
}
