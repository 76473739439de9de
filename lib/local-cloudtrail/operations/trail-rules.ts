import "server-only";

import {
  kmsKeyIdProblem,
  logGroupArnProblem,
  roleArnProblem,
  s3BucketNameProblem,
  s3KeyPrefixProblem,
  snsTopicProblem,
  trailNameProblem,
} from "@/lib/trails/trail-rules";

import { ServiceError } from "../protocol/service-error";

/** CloudTrail's documented naming rules, enforced with the error codes CloudTrail uses. */

function assertNo(problem: string | undefined, code: string, subject: string): void {
  if (problem) throw new ServiceError(code, `${subject} ${problem}.`);
}

export function assertTrailName(name: string): void {
  assertNo(trailNameProblem(name), "InvalidTrailNameException", `Trail name ${name}`);
}

export function assertS3BucketName(name: string): void {
  assertNo(s3BucketNameProblem(name), "InvalidS3BucketNameException", `Bucket name ${name}`);
}

export function assertS3KeyPrefix(prefix: string): void {
  assertNo(s3KeyPrefixProblem(prefix), "InvalidS3PrefixException", "The S3 key prefix");
}

export function assertSnsTopic(topic: string): void {
  assertNo(snsTopicProblem(topic), "InvalidSnsTopicNameException", `SNS topic ${topic}`);
}

export function assertKmsKeyId(keyId: string): void {
  assertNo(kmsKeyIdProblem(keyId), "InvalidKmsKeyIdException", `KMS key ${keyId}`);
}

export function assertCloudWatchLogs(
  groupArn: string | undefined,
  roleArn: string | undefined,
): void {
  if (groupArn === undefined && roleArn === undefined) return;
  if (!groupArn || logGroupArnProblem(groupArn)) {
    throw new ServiceError(
      "InvalidCloudWatchLogsLogGroupArnException",
      "CloudWatch Logs log group ARN must look like arn:aws:logs:<region>:<account>:log-group:<name>:* and be given with a role.",
    );
  }
  if (!roleArn || roleArnProblem(roleArn)) {
    throw new ServiceError(
      "InvalidCloudWatchLogsRoleArnException",
      "CloudWatch Logs role ARN must look like arn:aws:iam::<account>:role/<name> and be given with a log group.",
    );
  }
}
