import { describe, expect, it } from "vitest";

import { apiEvent } from "../testing/records";
import { s3BucketPolicyChanged as rule } from "./s3-bucket-policy-changed";

// No published dataset holds these calls: the records follow the S3 user guide's CloudTrail
// examples (bucketName and Host in requestParameters).
function s3(eventName: string, extra: Record<string, unknown> = {}) {
  return apiEvent({
    eventSource: "s3.amazonaws.com",
    eventName,
    requestParameters: {
      bucketName: "example-bucket",
      Host: "example-bucket.s3.us-east-1.amazonaws.com",
      ...extra,
    },
  });
}

describe("s3-bucket-policy-changed", () => {
  it("flags a bucket shared with another account through its policy", () => {
    const policy = {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::836504179211:root" },
          Action: ["s3:GetObject", "s3:ListBucket"],
          Resource: ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
        },
      ],
    };
    expect(rule.match(s3("PutBucketPolicy", { bucketPolicy: policy, policy: "" }))).toBe(true);
  });

  it("flags the benchmark's other calls: ACL, CORS, lifecycle, replication", () => {
    for (const name of [
      "PutBucketAcl",
      "DeleteBucketPolicy",
      "PutBucketCors",
      "DeleteBucketLifecycle",
      "PutBucketReplication",
    ]) {
      expect(rule.match(s3(name)), name).toBe(true);
    }
  });

  it("leaves reads and other bucket settings alone", () => {
    for (const name of ["GetBucketPolicy", "GetBucketAcl", "PutBucketTagging", "ListBuckets"]) {
      expect(rule.match(s3(name)), name).toBe(false);
    }
  });
});
