import { formatMinutes } from "@/lib/format/format-duration";

import { logGroupName } from "./posture";
import type { Trail, TrailStatus } from "./trail";

/**
 * What makes a trail stand out on the Trails page, read from its GetTrailStatus. Pure: runs
 * on the server and in the browser.
 */

export type TrailProblemSeverity = "critical" | "warning" | "notice";

export type TrailProblemKind =
  | "delivery-error"
  | "delivery-stale"
  | "digest-error"
  | "notification-error"
  | "cloudwatch-logs-error"
  | "logging-off";

export interface TrailProblem {
  kind: TrailProblemKind;
  severity: TrailProblemSeverity;
  /** Short, for a badge: "Delivery failing: AccessDenied", "No log delivered for 3 h". */
  label: string;
  /** What it means and what to check. */
  detail: string;
}

/** The trail's settings that say which deliveries to expect and name what to check. */
export type TrailHealthSubject = Pick<
  Trail,
  | "s3BucketName"
  | "kmsKeyId"
  | "logFileValidationEnabled"
  | "snsTopicName"
  | "snsTopicArn"
  | "cloudWatchLogsLogGroupArn"
  | "cloudWatchLogsRoleArn"
>;

/** CloudTrail delivers a log file about every 5 minutes while there is activity. */
export const STALE_DELIVERY_MS = 60 * 60_000;

const MINUTE = 60_000;

/** "under a minute", "45 min", "3 h", "3 h 20 min", "2 d", "2 d 4 h". */
export function formatElapsed(ms: number): string {
  return ms < MINUTE ? "under a minute" : formatMinutes(Math.floor(ms / MINUTE));
}

/** What an S3 error from delivering to the bucket means, and what to check. */
function bucketErrorDetail(subject: TrailHealthSubject, error: string, files: string): string {
  const bucket = subject.s3BucketName;
  if (error === "AccessDenied") {
    const key = subject.kmsKeyId
      ? " and that the KMS key's policy lets CloudTrail encrypt with it"
      : "";
    return `CloudTrail may not write ${files} to the bucket ${bucket}: check that the bucket policy lets cloudtrail.amazonaws.com call s3:PutObject under the trail's key prefix${key}.`;
  }
  if (error === "NoSuchBucket") {
    return `The bucket ${bucket} no longer exists: create it again with a policy for CloudTrail, or point the trail at another bucket.`;
  }
  if (error.startsWith("KMS.")) {
    return `CloudTrail cannot encrypt ${files} with the trail's KMS key: check that the key exists, is enabled and lets cloudtrail.amazonaws.com use it.`;
  }
  return `CloudTrail could not write ${files} to the bucket ${bucket} (S3 error ${error}): check the bucket, its policy and the trail's key prefix.`;
}

function sinceDelivery(status: TrailStatus): string {
  return status.latestDeliveryAt === undefined
    ? " No log file has been delivered yet."
    : ` The latest log file arrived ${formatElapsed(status.readAt - status.latestDeliveryAt)} ago.`;
}

function deliveryError(subject: TrailHealthSubject, status: TrailStatus): TrailProblem | undefined {
  const error = status.latestDeliveryError;
  if (!error) return undefined;
  // CloudTrail writes digest files to the same bucket, so one cause usually fails both:
  // one problem then, naming both kinds of file.
  const digestToo = subject.logFileValidationEnabled && status.latestDigestDeliveryError === error;
  const files = digestToo ? "log and digest files" : "log files";
  const stopped = status.isLogging
    ? ""
    : " (The trail is not logging now; the error will recur when it starts.)";
  return {
    kind: "delivery-error",
    severity: status.isLogging ? "critical" : "warning",
    label: `Delivery failing: ${error}`,
    detail: `${bucketErrorDetail(subject, error, files)}${sinceDelivery(status)}${stopped}`,
  };
}

/**
 * Logging, no delivery error, yet nothing delivered for over an hour (measured from the
 * later of the latest delivery and the start of logging: a trail restarted ten minutes
 * ago is not late). Judged at the time the status was read, the moment the facts are from.
 */
function staleDelivery(status: TrailStatus): TrailProblem | undefined {
  if (!status.isLogging || status.latestDeliveryError) return undefined;
  const delivered = status.latestDeliveryAt;
  const started = status.startedAt;
  const since = Math.max(delivered ?? -Infinity, started ?? -Infinity);
  if (!Number.isFinite(since)) return undefined;
  const quiet = status.readAt - since;
  if (quiet <= STALE_DELIVERY_MS) return undefined;
  const elapsed = formatElapsed(quiet);
  const fact =
    delivered !== undefined && delivered >= since
      ? `The latest log file arrived ${elapsed} ago.`
      : `Logging started ${elapsed} ago and no log file has arrived since.`;
  return {
    kind: "delivery-stale",
    severity: "warning",
    label: `No log delivered for ${elapsed}`,
    detail: `${fact} A trail that records only data events for quiet resources may have nothing to deliver; otherwise check that the bucket still exists and that its policy (and the KMS key's) still lets CloudTrail write.`,
  };
}

function digestError(subject: TrailHealthSubject, status: TrailStatus): TrailProblem | undefined {
  const error = status.latestDigestDeliveryError;
  if (!error || !subject.logFileValidationEnabled || error === status.latestDeliveryError) {
    return undefined;
  }
  return {
    kind: "digest-error",
    severity: "warning",
    label: `Digest delivery failing: ${error}`,
    detail: `${bucketErrorDetail(subject, error, "digest files")} Without digest files, log file validation cannot prove the logs of this period unchanged.`,
  };
}

function notificationError(
  subject: TrailHealthSubject,
  status: TrailStatus,
): TrailProblem | undefined {
  const error = status.latestNotificationError;
  const topic = subject.snsTopicArn ?? subject.snsTopicName;
  if (!error || !topic) return undefined;
  const check =
    error === "NotFound"
      ? `The SNS topic ${topic} no longer exists: create it again or choose another topic for the trail.`
      : `CloudTrail could not publish to the SNS topic ${topic}: check that the topic exists and its access policy lets cloudtrail.amazonaws.com call SNS:Publish (and, for an encrypted topic, that its KMS key lets CloudTrail use it).`;
  return {
    kind: "notification-error",
    severity: "warning",
    label: `Notifications failing: ${error}`,
    detail: `${check} Log files are still delivered; only the notices of new files are lost.`,
  };
}

function cloudWatchLogsError(
  subject: TrailHealthSubject,
  status: TrailStatus,
): TrailProblem | undefined {
  const error = status.latestCloudWatchLogsDeliveryError;
  const group = subject.cloudWatchLogsLogGroupArn;
  if (!error || !group) return undefined;
  const name = logGroupName(group);
  const role = subject.cloudWatchLogsRoleArn
    ? `the role ${subject.cloudWatchLogsRoleArn}`
    : "the trail's CloudWatch Logs role";
  const check = error.startsWith("ResourceNotFound")
    ? `The log group ${name} no longer exists: create it again or choose another log group for the trail.`
    : `CloudTrail could not send events to the log group ${name}: check that ${role} exists, trusts cloudtrail.amazonaws.com and allows logs:CreateLogStream and logs:PutLogEvents on the group.`;
  return {
    kind: "cloudwatch-logs-error",
    severity: "warning",
    label: `CloudWatch Logs failing: ${error}`,
    detail: `${check} Metric filters and alarms on the group see nothing meanwhile.`,
  };
}

function loggingOff(status: TrailStatus): TrailProblem | undefined {
  if (status.isLogging) return undefined;
  const stoppedAt = status.stoppedAt;
  const label =
    stoppedAt !== undefined
      ? `Logging off for ${formatElapsed(status.readAt - stoppedAt)}`
      : status.startedAt === undefined
        ? "Logging never started"
        : "Logging off";
  return {
    kind: "logging-off",
    severity: "notice",
    label,
    detail:
      "CloudTrail delivers nothing for this trail while logging is off, which leaves a gap in its audit record (Event history still keeps 90 days of management events). Start logging if the trail should be recording.",
  };
}

const SEVERITY_ORDER: Record<TrailProblemSeverity, number> = { critical: 0, warning: 1, notice: 2 };

/**
 * The trail's problems, most severe first. A delivery error, or nothing delivered for over
 * an hour while logging, stands out; errors of a delivery the trail no longer makes
 * (validation turned off, no SNS topic or log group) are stale and left out.
 */
export function trailHealth(subject: TrailHealthSubject, status: TrailStatus): TrailProblem[] {
  return [
    deliveryError(subject, status),
    staleDelivery(status),
    digestError(subject, status),
    cloudWatchLogsError(subject, status),
    notificationError(subject, status),
    loggingOff(status),
  ]
    .filter((problem) => problem !== undefined)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
