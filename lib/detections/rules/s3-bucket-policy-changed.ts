import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

/** The benchmark's list: who may reach a bucket, from where, and what happens to its objects. */
const BUCKET_POLICY_CALLS = [
  "PutBucketAcl",
  "PutBucketPolicy",
  "PutBucketCors",
  "PutBucketLifecycle",
  "PutBucketReplication",
  "DeleteBucketPolicy",
  "DeleteBucketCors",
  "DeleteBucketLifecycle",
  "DeleteBucketReplication",
];

export const s3BucketPolicyChanged: RecordRule = {
  kind: "record",
  id: "s3-bucket-policy-changed",
  title: "S3 bucket policy or ACL changed",
  severity: "medium",
  description:
    "A bucket's policy, ACL, CORS, lifecycle or replication rules changed: one call can share a bucket with another account or the world, copy it elsewhere, or expire its objects. Denied attempts are flagged too.",
  nextSteps:
    "Read the new policy or ACL in the request: principals outside the account, '*' or public grants need an owner who asked for them. Revert anything unexplained and check the bucket's access since.",
  reference: cisMonitoring(
    "4.8",
    "Ensure a log metric filter and alarm exist for S3 bucket policy changes",
    8,
  ),
  match: callTo("s3.amazonaws.com", BUCKET_POLICY_CALLS),
};
