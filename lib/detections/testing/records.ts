/**
 * Test-only: hand-written CloudTrail records, for the look-alikes a rule must not flag and
 * for calls no published dataset holds. Shapes follow AWS's documented records (the
 * CloudTrail user guide's examples and the services' own event references).
 */
import { trailEventFromRecord } from "@/lib/events/record-event";
import type { TrailEvent } from "@/lib/events/trail-event";

export const ACCOUNT = "111122223333";

export const IAM_USER = {
  type: "IAMUser",
  principalId: "AIDACKCEVSQ6C2EXAMPLE",
  arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
  accountId: ACCOUNT,
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  userName: "alice",
};

export const ROLE_SESSION = {
  type: "AssumedRole",
  principalId: "AROACKCEVSQ6C2EXAMPLE:deployer",
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/DeployRole/deployer`,
  accountId: ACCOUNT,
  accessKeyId: "ASIAIOSFODNN7EXAMPLE",
  sessionContext: {
    sessionIssuer: {
      type: "Role",
      principalId: "AROACKCEVSQ6C2EXAMPLE",
      arn: `arn:aws:iam::${ACCOUNT}:role/DeployRole`,
      accountId: ACCOUNT,
      userName: "DeployRole",
    },
    attributes: { creationDate: "2026-03-02T09:00:00Z", mfaAuthenticated: "false" },
  },
};

let counter = 0;

/** An API call record by `alice` with sensible defaults; `fields` replace them. */
export function apiRecord(fields: Record<string, unknown>): Record<string, unknown> {
  counter += 1;
  return {
    eventVersion: "1.09",
    userIdentity: IAM_USER,
    eventTime: "2026-03-02T10:00:00Z",
    eventSource: "ec2.amazonaws.com",
    eventName: "DescribeInstances",
    awsRegion: "us-east-1",
    sourceIPAddress: "192.0.2.10",
    userAgent: "aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64",
    requestParameters: null,
    responseElements: null,
    requestID: `req-${counter}`,
    eventID: `hand-${counter}`,
    readOnly: false,
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: "Management",
    ...fields,
  };
}

/** apiRecord as a TrailEvent. */
export function apiEvent(fields: Record<string, unknown>): TrailEvent {
  return trailEventFromRecord(apiRecord(fields));
}

/** A ConsoleLogin record as signin.amazonaws.com writes it. */
export function consoleLogin(options: {
  identity?: Record<string, unknown>;
  success: boolean;
  mfa: boolean;
  time?: string;
}): TrailEvent {
  return apiEvent({
    userIdentity: options.identity ?? {
      type: "IAMUser",
      principalId: IAM_USER.principalId,
      accountId: ACCOUNT,
      userName: "alice",
      ...(options.success ? { arn: IAM_USER.arn } : { accessKeyId: "" }),
    },
    eventTime: options.time ?? "2026-03-02T10:00:00Z",
    eventSource: "signin.amazonaws.com",
    eventName: "ConsoleLogin",
    userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36",
    requestParameters: null,
    responseElements: { ConsoleLogin: options.success ? "Success" : "Failure" },
    ...(options.success ? {} : { errorMessage: "Failed authentication" }),
    additionalEventData: {
      LoginTo: "https://console.aws.amazon.com/console/home",
      MobileVersion: "No",
      MFAUsed: options.mfa ? "Yes" : "No",
    },
    eventType: "AwsConsoleSignIn",
  });
}
