import "server-only";

export const DEMO_ACCOUNT_ID = "123456789012";
export const DEMO_ORGANIZATION_ID = "o-a1b2c3d4e5";
/** us-east-1 first: it holds the global services' history and is the dashboard's default. */
export const DEMO_REGIONS: readonly string[] = [
  "us-east-1",
  "us-east-2",
  "us-west-2",
  "eu-west-1",
  "ap-northeast-1",
];
export const HOME_REGION = "us-east-1";
export const DEFAULT_SEED = 0x7a11_5c0e;

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Services whose calls AWS records in us-east-1 whatever region the caller names (the
 * global endpoint), so the demo keeps them there too.
 */
export const GLOBAL_SOURCES: ReadonlySet<string> = new Set([
  "iam.amazonaws.com",
  "sts.amazonaws.com",
  "signin.amazonaws.com",
  "organizations.amazonaws.com",
  "route53.amazonaws.com",
  "cloudfront.amazonaws.com",
  "health.amazonaws.com",
  "ce.amazonaws.com",
]);
