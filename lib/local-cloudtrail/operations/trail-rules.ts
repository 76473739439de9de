import "server-only";

import { ServiceError } from "../protocol/service-error";

/** CloudTrail's documented naming rules, enforced with the error codes CloudTrail uses. */

const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;

export function trailNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 128) return "must be between 3 and 128 characters";
  if (!/^[A-Za-z0-9._-]+$/.test(name))
    return "may contain only ASCII letters, numbers, periods, underscores and dashes";
  if (!/^[A-Za-z0-9]/.test(name) || !/[A-Za-z0-9]$/.test(name))
    return "must start and end with a letter or number";
  if (/[._-]{2}/.test(name)) return "must not have adjacent periods, underscores or dashes";
  if (IP_ADDRESS.test(name)) return "must not be in IP address format";
  return undefined;
}

export function assertTrailName(name: string): void {
  const problem = trailNameProblem(name);
  if (problem) {
    throw new ServiceError("InvalidTrailNameException", `Trail name ${name} ${problem}.`);
  }
}

export function s3BucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return "must be between 3 and 63 characters";
  if (!/^[a-z0-9.-]+$/.test(name))
    return "may contain only lowercase letters, numbers, periods and hyphens";
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
    return "must start and end with a letter or number";
  if (name.includes("..")) return "must not contain two adjacent periods";
  if (IP_ADDRESS.test(name)) return "must not be formatted as an IP address";
  if (name.startsWith("xn--") || name.endsWith("-s3alias") || name.endsWith("--ol-s3"))
    return "uses a reserved prefix or suffix";
  return undefined;
}

export function assertS3BucketName(name: string): void {
  const problem = s3BucketNameProblem(name);
  if (problem) {
    throw new ServiceError("InvalidS3BucketNameException", `Bucket name ${name} ${problem}.`);
  }
}

export function assertS3KeyPrefix(prefix: string): void {
  if (prefix.length > 200) {
    throw new ServiceError(
      "InvalidS3PrefixException",
      "The S3 key prefix must be at most 200 characters.",
    );
  }
}

const SNS_TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

export function assertSnsTopic(topic: string): void {
  if (!SNS_TOPIC_NAME.test(topic) && !SNS_TOPIC_ARN.test(topic)) {
    throw new ServiceError(
      "InvalidSnsTopicNameException",
      `SNS topic ${topic} is not a valid topic name or ARN.`,
    );
  }
}

const KMS_KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KMS_ALIAS = /^alias\/[A-Za-z0-9/_-]{1,250}$/;
const KMS_ARN =
  /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[0-9a-f-]{36}|alias\/[A-Za-z0-9/_-]{1,250})$/;

export function assertKmsKeyId(keyId: string): void {
  if (!KMS_KEY_ID.test(keyId) && !KMS_ALIAS.test(keyId) && !KMS_ARN.test(keyId)) {
    throw new ServiceError(
      "InvalidKmsKeyIdException",
      `KMS key ${keyId} is not a key ID, key ARN, alias name or alias ARN.`,
    );
  }
}

const LOG_GROUP_ARN =
  /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_\-/.#]{1,512}:\*$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_\-/]{1,512}$/;

export function assertCloudWatchLogs(
  groupArn: string | undefined,
  roleArn: string | undefined,
): void {
  if (groupArn === undefined && roleArn === undefined) return;
  if (!groupArn || !LOG_GROUP_ARN.test(groupArn)) {
    throw new ServiceError(
      "InvalidCloudWatchLogsLogGroupArnException",
      "CloudWatch Logs log group ARN must look like arn:aws:logs:<region>:<account>:log-group:<name>:* and be given with a role.",
    );
  }
  if (!roleArn || !ROLE_ARN.test(roleArn)) {
    throw new ServiceError(
      "InvalidCloudWatchLogsRoleArnException",
      "CloudWatch Logs role ARN must look like arn:aws:iam::<account>:role/<name> and be given with a log group.",
    );
  }
}
