import "server-only";

import type { Failure } from "@/lib/events/failure";

const MESSAGES: Record<string, string> = {
  ThrottlingException:
    "CloudTrail is throttling requests (LookupEvents allows 2 per second per region). Wait a moment and retry.",
  InvalidTimeRangeException: "The time range is not valid: its start must be before its end.",
  InvalidLookupAttributesException:
    "CloudTrail rejected the filter: it takes one lookup attribute with a non-empty value.",
  InvalidMaxResultsException: "CloudTrail returns 1 to 50 events per page.",
  InvalidNextTokenException:
    "The next page could not be fetched because the filter changed. Reload the results.",
  InvalidEventCategoryException: "CloudTrail accepts only the insight event category.",
  TrailNotFoundException: "That trail does not exist in this region. It may have been deleted.",
  TrailAlreadyExistsException: "A trail with this name already exists. Choose another name.",
  InvalidTrailNameException:
    "Trail names are 3-128 letters, numbers, periods, underscores or dashes, start and end with a letter or number, and have no adjacent punctuation.",
  InvalidHomeRegionException: "Change this trail from its home region.",
  InsightNotEnabledException: "Insights are not enabled on this trail.",
  MaximumNumberOfTrailsExceededException: "This region already has the maximum of 5 trails.",
  AccessDeniedException:
    "Your AWS identity is not allowed to do this. Check its IAM permissions (see the README for the policy Trailscope needs).",
  UnrecognizedClientException:
    "AWS did not recognise the credentials in this region. If it is an opt-in region (such as ap-east-1), enable it for the account or remove it from TRAILSCOPE_REGIONS; otherwise check the access key, or sign in again if the credentials were temporary.",
  InvalidClientTokenId: "AWS did not recognise the access key. Check the configured credentials.",
  ExpiredTokenException:
    "The AWS session has expired. Refresh your credentials (for example `aws sso login`).",
  CredentialsProviderError:
    "No AWS credentials were found. Configure them (environment, profile, SSO or instance role) or run in local mode.",
  OperationNotPermittedException: "This operation is not permitted for this account.",
  CloudTrailARNInvalidException:
    "That is not a trail ARN. The format is arn:aws:cloudtrail:<region>:<account>:trail/<name>.",
  InvalidS3BucketNameException:
    "S3 bucket names are 3-63 lowercase letters, numbers, periods and hyphens, starting and ending with a letter or number.",
  S3BucketDoesNotExistException:
    "That S3 bucket does not exist. Create it first, or check its name.",
  InsufficientS3BucketPolicyException:
    "The bucket's policy does not let CloudTrail write to it. Add CloudTrail's bucket policy (see the CloudTrail User Guide, “Amazon S3 bucket policy for CloudTrail”).",
  InvalidS3PrefixException: "The S3 key prefix is too long: at most 200 characters.",
  InvalidSnsTopicNameException:
    "SNS topics are a topic name (letters, numbers, hyphens, underscores) or a topic ARN.",
  InsufficientSnsTopicPolicyException:
    "The topic's policy does not let CloudTrail publish to it. Add CloudTrail's SNS topic policy.",
  InvalidKmsKeyIdException: "KMS keys are a key ID, key ARN, alias name (alias/…) or alias ARN.",
  KmsKeyNotFoundException: "That KMS key does not exist in the trail's region.",
  KmsKeyDisabledException: "That KMS key is disabled. Enable it, or choose another.",
  KmsException:
    "KMS refused the key. Check that it exists, is enabled and is in the trail's region.",
  InsufficientEncryptionPolicyException:
    "The KMS key's policy does not let CloudTrail use it. Add CloudTrail's key policy.",
  InvalidCloudWatchLogsLogGroupArnException:
    "The log group must be a log group ARN ending in :*, given together with a role.",
  InvalidCloudWatchLogsRoleArnException:
    "The role must be an IAM role ARN that CloudTrail can assume, given together with a log group.",
  CloudWatchLogsDeliveryUnavailableException:
    "CloudWatch Logs delivery is not available in this region.",
  InvalidTagParameterException:
    "A tag is not valid: keys are 1-128 characters, values up to 256, and keys must not repeat.",
  TagsLimitExceededException: "A trail has at most 50 tags.",
  InvalidParameterCombinationException: "These settings cannot be used together.",
  InvalidParameterException: "CloudTrail rejected a setting.",
  InvalidEventSelectorsException:
    "CloudTrail rejected the event selectors: at most 5 basic selectors and 250 data resources, or advanced selectors with at most 500 conditions in all.",
  InvalidInsightSelectorsException:
    "CloudTrail rejected the Insights selectors: choose API call rate, API error rate, or both.",
  TrailNotProvidedException: "Name the trail.",
  NotOrganizationMasterAccountException:
    "Only the organization's management account (or a delegated administrator) can do this to an organization trail.",
  OrganizationsNotInUseException:
    "This account is not in an AWS Organizations organization, so it cannot have an organization trail.",
  OrganizationNotInAllFeaturesModeException:
    "Organization trails need the organization to have all features enabled.",
  CloudTrailAccessNotEnabledException:
    "Trusted access for CloudTrail is not enabled in AWS Organizations.",
  InsufficientDependencyServiceAccessPermissionException:
    "CloudTrail lacks the Organizations permissions it needs. Check its service-linked role.",
  NoManagementAccountSLRExistsException:
    "The management account has no CloudTrail service-linked role yet. Create an organization trail from the management account first.",
  ConflictException: "Another change to this trail is in progress. Wait a moment and try again.",
  UnsupportedOperationException: "This operation is not supported here.",
};

const RETRYABLE = new Set([
  "ThrottlingException",
  "TimeoutError",
  "RequestTimeout",
  "InternalFailure",
  "ServiceUnavailable",
  "NetworkingError",
]);

/** Maps any error from a CloudTrail call to a message a person can act on. */
export function describeCloudTrailError(error: unknown): Failure {
  const code = errorCode(error);
  const original = error instanceof Error ? error.message : String(error);
  const known = MESSAGES[code];
  return {
    code,
    message: known ? `${known} (${original})` : `CloudTrail answered ${code}: ${original}`,
    retryable: RETRYABLE.has(code),
  };
}

function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    if ("name" in error && typeof error.name === "string" && error.name !== "Error")
      return error.name;
    if ("code" in error && typeof error.code === "string") return error.code;
  }
  return "UnknownError";
}
