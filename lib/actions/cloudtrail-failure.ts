import "server-only";

import { describeCloudTrailError } from "@/lib/cloudtrail/errors";

import type { ActionResult } from "./action-result";

/**
 * The form field each CloudTrail error concerns, by the field names the trail forms use, so
 * a rejected change is shown next to what caused it.
 */
const FIELD_OF_ERROR: Record<string, string> = {
  InvalidTrailNameException: "name",
  TrailAlreadyExistsException: "name",
  TrailNotProvidedException: "name",
  InvalidS3BucketNameException: "s3BucketName",
  S3BucketDoesNotExistException: "s3BucketName",
  InsufficientS3BucketPolicyException: "s3BucketName",
  InvalidS3PrefixException: "s3KeyPrefix",
  InvalidSnsTopicNameException: "snsTopicName",
  InsufficientSnsTopicPolicyException: "snsTopicName",
  InvalidKmsKeyIdException: "kmsKeyId",
  KmsKeyNotFoundException: "kmsKeyId",
  KmsKeyDisabledException: "kmsKeyId",
  KmsException: "kmsKeyId",
  InsufficientEncryptionPolicyException: "kmsKeyId",
  InvalidCloudWatchLogsLogGroupArnException: "cloudWatchLogsLogGroupArn",
  InvalidCloudWatchLogsRoleArnException: "cloudWatchLogsRoleArn",
  CloudWatchLogsDeliveryUnavailableException: "cloudWatchLogsLogGroupArn",
  InvalidTagParameterException: "tags",
  TagsLimitExceededException: "tags",
  NotOrganizationMasterAccountException: "isOrganization",
  OrganizationsNotInUseException: "isOrganization",
  OrganizationNotInAllFeaturesModeException: "isOrganization",
  CloudTrailAccessNotEnabledException: "isOrganization",
  NoManagementAccountSLRExistsException: "isOrganization",
  InvalidEventSelectorsException: "eventSelectors",
  InvalidInsightSelectorsException: "insightTypes",
};

/**
 * A failed CloudTrail call as an action's result: the mapped message, also set on the field
 * it concerns when there is one.
 */
export function cloudTrailFailure(error: unknown): ActionResult<never> {
  const failure = describeCloudTrailError(error);
  const field = FIELD_OF_ERROR[failure.code];
  return {
    ok: false,
    error: failure.message,
    ...(field && { fieldErrors: { [field]: failure.message } }),
  };
}
