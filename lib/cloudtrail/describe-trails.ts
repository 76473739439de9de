import "server-only";

import {
  DescribeTrailsCommand,
  GetTrailStatusCommand,
  type GetTrailStatusCommandOutput,
  type Trail as SdkTrail,
} from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";
import type { Trail, TrailStatus, TrailStatusResult } from "@/lib/trails/trail";

import { describeCloudTrailError } from "./errors";
import { trailCall } from "./trail-call";
import { cachedTrailRead } from "./trail-read-cache";

/**
 * The trails CloudTrail shows in a region: its own and the shadows of multi-region trails
 * homed elsewhere (each carries its home region). Cached briefly. Like every cached read it
 * takes no abort signal: readers share it, and one leaving must not fail the others.
 */
export function describeRegionTrails(region: string): Promise<Trail[]> {
  return cachedTrailRead(`${getEnv().mode}:${region}:trails`, async () => {
    const output = await trailCall(region, "DescribeTrails", (client) =>
      client.send(new DescribeTrailsCommand({ includeShadowTrails: true })),
    );
    return (output.trailList ?? []).map((trail) => toTrail(trail, region));
  });
}

/**
 * A trail by its home region and name, or undefined when that region has no such trail of
 * its own (a shadow is found from its home region, like the console's trail pages).
 */
export async function findTrail(homeRegion: string, name: string): Promise<Trail | undefined> {
  const trails = await describeRegionTrails(homeRegion);
  return trails.find((trail) => trail.name === name && trail.homeRegion === homeRegion);
}

/**
 * A trail's GetTrailStatus, asked of its home region by ARN (the one form every region
 * accepts for a multi-region trail). Cached briefly.
 */
export function readTrailStatus(trail: Trail): Promise<TrailStatus> {
  return cachedTrailRead(`${getEnv().mode}:${trail.arn}:status`, async () => {
    const output = await trailCall(trail.homeRegion, "GetTrailStatus", (client) =>
      client.send(new GetTrailStatusCommand({ Name: trail.arn })),
    );
    return toTrailStatus(output, Date.now());
  });
}

/** A trail's status, or why it could not be read, for pages that show the failure in its place. */
export async function readTrailStatusResult(trail: Trail): Promise<TrailStatusResult> {
  try {
    return { ok: true, status: await readTrailStatus(trail) };
  } catch (error) {
    return { ok: false, failure: describeCloudTrailError(error) };
  }
}

/** SDK trail → the dashboard's Trail; `seenIn` stands in for a home region CloudTrail leaves out. */
export function toTrail(trail: SdkTrail, seenIn: string): Trail {
  const homeRegion = trail.HomeRegion ?? seenIn;
  const name = trail.Name ?? trail.TrailARN?.split("/").at(-1) ?? "";
  return {
    arn: trail.TrailARN ?? "",
    name,
    homeRegion,
    isMultiRegion: trail.IsMultiRegionTrail ?? false,
    isOrganization: trail.IsOrganizationTrail ?? false,
    s3BucketName: trail.S3BucketName ?? "",
    s3KeyPrefix: trail.S3KeyPrefix || undefined,
    snsTopicName: trail.SnsTopicName || undefined,
    snsTopicArn: trail.SnsTopicARN || undefined,
    includeGlobalServiceEvents: trail.IncludeGlobalServiceEvents ?? false,
    logFileValidationEnabled: trail.LogFileValidationEnabled ?? false,
    kmsKeyId: trail.KmsKeyId || undefined,
    cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn || undefined,
    cloudWatchLogsRoleArn: trail.CloudWatchLogsRoleArn || undefined,
    hasCustomEventSelectors: trail.HasCustomEventSelectors ?? false,
    hasInsightSelectors: trail.HasInsightSelectors ?? false,
  };
}

export function toTrailStatus(output: GetTrailStatusCommandOutput, readAt: number): TrailStatus {
  const time = (date: Date | undefined) => date?.getTime();
  return {
    isLogging: output.IsLogging ?? false,
    startedAt: time(output.StartLoggingTime),
    stoppedAt: time(output.StopLoggingTime),
    latestDeliveryAt: time(output.LatestDeliveryTime),
    latestDeliveryError: output.LatestDeliveryError || undefined,
    latestDigestDeliveryAt: time(output.LatestDigestDeliveryTime),
    latestDigestDeliveryError: output.LatestDigestDeliveryError || undefined,
    latestNotificationAt: time(output.LatestNotificationTime),
    latestNotificationError: output.LatestNotificationError || undefined,
    latestCloudWatchLogsDeliveryAt: time(output.LatestCloudWatchLogsDeliveryTime),
    latestCloudWatchLogsDeliveryError: output.LatestCloudWatchLogsDeliveryError || undefined,
    readAt,
  };
}
