/**
 * CloudTrail's documented rules for a trail's settings, as pure checks that answer what is
 * wrong (or undefined). The trail forms check fields with them before submitting, and the
 * local service enforces them with CloudTrail's error codes. Safe for the client bundle.
 */

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

export const MAX_S3_KEY_PREFIX = 200;

export function s3KeyPrefixProblem(prefix: string): string | undefined {
  return prefix.length > MAX_S3_KEY_PREFIX
    ? `must be at most ${MAX_S3_KEY_PREFIX} characters`
    : undefined;
}

const SNS_TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

export function snsTopicProblem(topic: string): string | undefined {
  return SNS_TOPIC_NAME.test(topic) || SNS_TOPIC_ARN.test(topic)
    ? undefined
    : "is not a topic name (letters, numbers, hyphens, underscores) or topic ARN";
}

const KMS_KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KMS_ALIAS = /^alias\/[A-Za-z0-9/_-]{1,250}$/;
const KMS_ARN =
  /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[0-9a-f-]{36}|alias\/[A-Za-z0-9/_-]{1,250})$/;

export function kmsKeyIdProblem(keyId: string): string | undefined {
  return KMS_KEY_ID.test(keyId) || KMS_ALIAS.test(keyId) || KMS_ARN.test(keyId)
    ? undefined
    : "is not a key ID, key ARN, alias name (alias/…) or alias ARN";
}

const LOG_GROUP_ARN =
  /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_\-/.#]{1,512}:\*$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_\-/]{1,512}$/;

export function logGroupArnProblem(arn: string): string | undefined {
  return LOG_GROUP_ARN.test(arn)
    ? undefined
    : "must look like arn:aws:logs:<region>:<account>:log-group:<name>:*";
}

export function roleArnProblem(arn: string): string | undefined {
  return ROLE_ARN.test(arn) ? undefined : "must look like arn:aws:iam::<account>:role/<name>";
}

export const MAX_TAGS = 50;

export function tagKeyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > 128) return "must be 1 to 128 characters";
  if (key.toLowerCase().startsWith("aws:")) return "must not start with aws:";
  return undefined;
}

export function tagValueProblem(value: string): string | undefined {
  return value.length > 256 ? "must be at most 256 characters" : undefined;
}
