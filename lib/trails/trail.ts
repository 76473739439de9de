import type { Failure } from "@/lib/events/failure";

/**
 * A trail as the dashboard shows it, turned from DescribeTrails' shape once (see
 * lib/cloudtrail/describe-trails.ts). Safe for the client bundle.
 */
export interface Trail {
  arn: string;
  name: string;
  /** Where the trail was created; it is changed only from there. */
  homeRegion: string;
  isMultiRegion: boolean;
  isOrganization: boolean;
  s3BucketName: string;
  s3KeyPrefix?: string;
  snsTopicName?: string;
  snsTopicArn?: string;
  includeGlobalServiceEvents: boolean;
  logFileValidationEnabled: boolean;
  /** The KMS key ARN the logs are encrypted with; undefined means SSE-S3 only. */
  kmsKeyId?: string;
  cloudWatchLogsLogGroupArn?: string;
  cloudWatchLogsRoleArn?: string;
  hasCustomEventSelectors: boolean;
  hasInsightSelectors: boolean;
}

/** GetTrailStatus, with times as epoch milliseconds. */
export interface TrailStatus {
  isLogging: boolean;
  startedAt?: number;
  stoppedAt?: number;
  latestDeliveryAt?: number;
  latestDeliveryError?: string;
  latestDigestDeliveryAt?: number;
  latestDigestDeliveryError?: string;
  latestNotificationAt?: number;
  latestNotificationError?: string;
  latestCloudWatchLogsDeliveryAt?: number;
  latestCloudWatchLogsDeliveryError?: string;
  /** When the dashboard read this status (statuses are cached briefly). */
  readAt: number;
}

export type TrailStatusResult = { ok: true; status: TrailStatus } | { ok: false; failure: Failure };

export interface ListedTrail {
  trail: Trail;
  status: TrailStatusResult;
}

/** Every trail of the account seen from the configured regions, each once. */
export interface TrailsListing {
  trails: ListedTrail[];
  /** Regions whose DescribeTrails failed; their trails may be missing from the list. */
  regionFailures: { region: string; failure: Failure }[];
  /** The regions that were read. */
  regions: string[];
  readAt: number;
}
