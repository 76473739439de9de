import "server-only";

import { ServiceError } from "../protocol/service-error";
import type { Trail } from "../types";
import {
  assertCloudWatchLogs,
  assertKmsKeyId,
  assertS3BucketName,
  assertS3KeyPrefix,
  assertSnsTopic,
} from "./trail-rules";

/**
 * Checks a trail's settings as CreateTrail and UpdateTrail do. Any well-formed bucket name
 * counts as an existing bucket with a policy that lets CloudTrail write: the local service
 * has no S3 to ask.
 */
export function assertTrailSettings(trail: Trail): void {
  assertS3BucketName(trail.s3BucketName);
  if (trail.s3KeyPrefix !== undefined) assertS3KeyPrefix(trail.s3KeyPrefix);
  if (trail.snsTopicName !== undefined) assertSnsTopic(trail.snsTopicName);
  if (trail.kmsKeyId !== undefined) assertKmsKeyId(trail.kmsKeyId);
  assertCloudWatchLogs(trail.cloudWatchLogsLogGroupArn, trail.cloudWatchLogsRoleArn);
  if (trail.isMultiRegionTrail && !trail.includeGlobalServiceEvents) {
    throw new ServiceError(
      "InvalidParameterCombinationException",
      "A multi-region trail must include global service events.",
    );
  }
}
