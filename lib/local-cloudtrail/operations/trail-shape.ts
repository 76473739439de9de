import "server-only";

import { trailArn } from "../store/trails-repo";
import type { Trail } from "../types";

/** Trail as the API's `Trail` shape. */
export function toTrailShape(trail: Trail): Record<string, unknown> {
  return {
    Name: trail.name,
    S3BucketName: trail.s3BucketName,
    S3KeyPrefix: trail.s3KeyPrefix,
    SnsTopicName: trail.snsTopicName ? snsTopicName(trail.snsTopicName) : undefined,
    SnsTopicARN: trail.snsTopicName ? snsTopicArn(trail) : undefined,
    IncludeGlobalServiceEvents: trail.includeGlobalServiceEvents,
    IsMultiRegionTrail: trail.isMultiRegionTrail,
    HomeRegion: trail.homeRegion,
    TrailARN: trailArn(trail),
    LogFileValidationEnabled: trail.logFileValidationEnabled,
    CloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn,
    CloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn,
    KmsKeyId: trail.kmsKeyId ? kmsKeyArn(trail) : undefined,
    HasCustomEventSelectors:
      trail.eventSelectors !== undefined || trail.advancedEventSelectors !== undefined,
    HasInsightSelectors: trail.insightSelectors.length > 0,
    IsOrganizationTrail: trail.isOrganizationTrail,
  };
}

/** CreateTrail and UpdateTrail answer with the trail's settings, without HomeRegion. */
export function toTrailSettingsShape(trail: Trail): Record<string, unknown> {
  const shape = toTrailShape(trail);
  delete shape.HomeRegion;
  delete shape.HasCustomEventSelectors;
  delete shape.HasInsightSelectors;
  return shape;
}

function snsTopicName(topic: string): string {
  return topic.startsWith("arn:") ? topic.split(":").at(-1)! : topic;
}

function snsTopicArn(trail: Trail): string {
  const topic = trail.snsTopicName!;
  return topic.startsWith("arn:")
    ? topic
    : `arn:aws:sns:${trail.homeRegion}:${trail.accountId}:${topic}`;
}

// CloudTrail stores the key as a full ARN whichever form it was given in.
function kmsKeyArn(trail: Trail): string {
  const key = trail.kmsKeyId!;
  if (key.startsWith("arn:")) return key;
  const resource = key.startsWith("alias/") ? key : `key/${key}`;
  return `arn:aws:kms:${trail.homeRegion}:${trail.accountId}:${resource}`;
}
