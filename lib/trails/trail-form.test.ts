import { describe, expect, it } from "vitest";

import {
  createTrailSchema,
  newTrailValues,
  trailValues,
  updateTrailSchema,
  type CreateTrailValues,
} from "./trail-form";
import type { Trail } from "./trail";

const valid: CreateTrailValues = {
  ...newTrailValues("us-east-1"),
  name: "org-audit",
  s3BucketName: "acme-audit-logs",
};

function problems(values: unknown): Record<string, string> {
  const result = createTrailSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("createTrailSchema", () => {
  it("accepts a trail with AWS's recommended defaults", () => {
    expect(problems(valid)).toEqual({});
  });

  it("checks every field against CloudTrail's rules, all at once", () => {
    expect(
      problems({
        ...valid,
        name: "bad..name",
        s3BucketName: "Bad_Bucket",
        s3KeyPrefix: "p".repeat(201),
        kmsKeyId: "not a key",
        snsTopicName: "bad topic",
        cloudWatchLogsLogGroupArn: "my-log-group",
        tags: [{ key: "aws:owner", value: "x" }],
      }),
    ).toEqual({
      name: "The trail name must not have adjacent periods, underscores or dashes.",
      s3BucketName:
        "The bucket name may contain only lowercase letters, numbers, periods and hyphens.",
      s3KeyPrefix: "The key prefix must be at most 200 characters.",
      kmsKeyId: "The KMS key is not a key ID, key ARN, alias name (alias/…) or alias ARN.",
      snsTopicName:
        "The SNS topic is not a topic name (letters, numbers, hyphens, underscores) or topic ARN.",
      cloudWatchLogsLogGroupArn:
        "The log group ARN must look like arn:aws:logs:<region>:<account>:log-group:<name>:*.",
      cloudWatchLogsRoleArn:
        "CloudWatch Logs needs both a log group and a role CloudTrail can assume.",
      "tags.0.key": "The tag key must not start with aws:.",
    });
  });

  it("asks for a bucket, and trims what was typed", () => {
    expect(problems({ ...valid, s3BucketName: "  " })).toEqual({
      s3BucketName: "Name the S3 bucket.",
    });
    const parsed = createTrailSchema.parse({ ...valid, name: "  org-audit ", kmsKeyId: " " });
    expect(parsed.name).toBe("org-audit");
    expect(parsed.kmsKeyId).toBe("");
  });

  it("applies CloudTrail's rules across fields", () => {
    expect(problems({ ...valid, includeGlobalServiceEvents: false })).toEqual({
      includeGlobalServiceEvents:
        "A multi-Region trail must include global service events (IAM, STS, CloudFront).",
    });
    expect(problems({ ...valid, isMultiRegion: false, includeGlobalServiceEvents: false })).toEqual(
      {},
    );
    expect(
      problems({
        ...valid,
        cloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/CloudTrailLogs",
      }),
    ).toEqual({
      cloudWatchLogsLogGroupArn:
        "CloudWatch Logs needs both a log group and a role CloudTrail can assume.",
    });
    expect(
      problems({
        ...valid,
        tags: [
          { key: "Owner", value: "a" },
          { key: "Owner", value: "b" },
        ],
      }),
    ).toEqual({ "tags.1.key": "The tag key Owner is used twice." });
  });

  it("refuses input of the wrong shape without throwing, as a server action may receive", () => {
    expect(createTrailSchema.safeParse({ ...valid, tags: "Owner=me" }).success).toBe(false);
    expect(createTrailSchema.safeParse({ ...valid, isMultiRegion: "yes" }).success).toBe(false);
    expect(createTrailSchema.safeParse(null).success).toBe(false);
    expect(problems({ ...valid, region: "<script>" })).toEqual({
      region: "Choose the trail's home region.",
    });
  });
});

describe("trailValues", () => {
  it("fills the edit form with the trail as it is, and passes its own checks", () => {
    const trail: Trail = {
      arn: "arn:aws:cloudtrail:us-east-1:123456789012:trail/management-events",
      name: "management-events",
      homeRegion: "us-east-1",
      isMultiRegion: true,
      isOrganization: false,
      s3BucketName: "acme-cloudtrail-logs",
      snsTopicName: "trail-deliveries",
      snsTopicArn: "arn:aws:sns:us-east-1:123456789012:trail-deliveries",
      includeGlobalServiceEvents: true,
      logFileValidationEnabled: true,
      kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1eb61765-3dae-4b4e-949e-60a5529d2374",
      hasCustomEventSelectors: false,
      hasInsightSelectors: false,
    };
    const values = trailValues(trail, [{ key: "Owner", value: "security" }]);
    expect(values).toMatchObject({
      region: "us-east-1",
      name: "management-events",
      s3KeyPrefix: "",
      snsTopicName: "arn:aws:sns:us-east-1:123456789012:trail-deliveries",
      cloudWatchLogsLogGroupArn: "",
      tags: [{ key: "Owner", value: "security" }],
    });
    expect(updateTrailSchema.safeParse(values).success).toBe(true);
  });
});
