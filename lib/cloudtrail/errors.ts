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
