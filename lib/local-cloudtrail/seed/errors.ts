import "server-only";

import type { Rng } from "./prng";

export interface CallError {
  code: string;
  message: string;
}

/** The IAM action a CloudTrail eventName stands for (Lambda names carry API-version suffixes). */
export function iamAction(source: string, eventName: string): string {
  const prefix = ACTION_PREFIX[source] ?? source.slice(0, source.indexOf("."));
  return `${prefix}:${eventName.replace(/\d{8}(v\d)?$/, "")}`;
}

const ACTION_PREFIX: Record<string, string> = {
  "monitoring.amazonaws.com": "cloudwatch",
  "elasticloadbalancing.amazonaws.com": "elasticloadbalancing",
  "access-analyzer.amazonaws.com": "access-analyzer",
};

/** Services answering a denied call with AccessDeniedException; the rest say AccessDenied. */
const DENIED_EXCEPTION = new Set([
  "lambda.amazonaws.com",
  "dynamodb.amazonaws.com",
  "kms.amazonaws.com",
  "secretsmanager.amazonaws.com",
  "ecr.amazonaws.com",
  "ecs.amazonaws.com",
  "eks.amazonaws.com",
  "glue.amazonaws.com",
  "athena.amazonaws.com",
  "ssm.amazonaws.com",
  "logs.amazonaws.com",
  "guardduty.amazonaws.com",
  "securityhub.amazonaws.com",
  "config.amazonaws.com",
  "acm.amazonaws.com",
  "events.amazonaws.com",
  "states.amazonaws.com",
  "access-analyzer.amazonaws.com",
  "organizations.amazonaws.com",
  "ce.amazonaws.com",
  "cloudtrail.amazonaws.com",
]);

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function encodedFailure(rng: Rng): string {
  let out = "";
  for (let i = 0; i < 420; i++) out += BASE64URL[rng.u32() & 63];
  return out;
}

export interface DenialOptions {
  explicitDenyIn?: "service control policy" | "identity-based policy";
}

/** The denial each service returns, in AWS's own wording. */
export function accessDenied(
  rng: Rng,
  source: string,
  eventName: string,
  principalArn: string,
  resource: string,
  readOnly: boolean,
  options: DenialOptions = {},
): CallError {
  const action = iamAction(source, eventName);
  const reason = options.explicitDenyIn
    ? `with an explicit deny in a ${options.explicitDenyIn}`
    : `because no identity-based policy allows the ${action} action`;
  if (source === "ec2.amazonaws.com") {
    const base = `You are not authorized to perform this operation. User: ${principalArn} is not authorized to perform: ${action}`;
    // EC2 encodes the policy evaluation only for calls on specific resources.
    return readOnly
      ? { code: "Client.UnauthorizedOperation", message: `${base} ${reason}` }
      : {
          code: "Client.UnauthorizedOperation",
          message: `${base} on resource: ${resource} ${reason}. Encoded authorization failure message: ${encodedFailure(rng)}`,
        };
  }
  if (source === "s3.amazonaws.com") return { code: "AccessDenied", message: "Access Denied" };
  if (source === "organizations.amazonaws.com") {
    return {
      code: "AccessDeniedException",
      message: "You don't have permissions to access this resource.",
    };
  }
  const message = `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${reason}`;
  if (source === "sns.amazonaws.com") return { code: "AuthorizationError", message };
  return { code: DENIED_EXCEPTION.has(source) ? "AccessDeniedException" : "AccessDenied", message };
}

export function throttled(source: string): CallError {
  switch (source) {
    case "ec2.amazonaws.com":
      return { code: "Client.RequestLimitExceeded", message: "Request limit exceeded." };
    case "dynamodb.amazonaws.com":
      return {
        code: "ThrottlingException",
        message: "Rate of requests exceeds the allowed throughput.",
      };
    case "kms.amazonaws.com":
      return {
        code: "ThrottlingException",
        message:
          "You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.",
      };
    case "iam.amazonaws.com":
    case "sts.amazonaws.com":
    case "cloudformation.amazonaws.com":
    case "elasticloadbalancing.amazonaws.com":
    case "autoscaling.amazonaws.com":
    case "rds.amazonaws.com":
    case "route53.amazonaws.com":
    case "monitoring.amazonaws.com":
    case "cloudfront.amazonaws.com":
      return { code: "Throttling", message: "Rate exceeded" };
    default:
      return { code: "ThrottlingException", message: "Rate exceeded" };
  }
}

/** A malformed request, worded per service family. */
export function invalidRequest(source: string, eventName: string): CallError {
  if (source === "ec2.amazonaws.com") {
    return {
      code: "Client.InvalidParameterValue",
      message: `Invalid value for parameter in ${eventName} request.`,
    };
  }
  if (source === "s3.amazonaws.com") return { code: "InvalidRequest", message: "Invalid Request" };
  if (
    source === "iam.amazonaws.com" ||
    source === "cloudformation.amazonaws.com" ||
    source === "rds.amazonaws.com"
  ) {
    return {
      code: "ValidationError",
      message:
        "1 validation error detected: Value null at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
    };
  }
  return {
    code: "ValidationException",
    message:
      "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
  };
}
