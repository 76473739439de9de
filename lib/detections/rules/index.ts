import type { DetectionRule } from "../types";
import { accessDeniedBurst } from "./access-denied-burst";
import { accessKeyForOtherUser } from "./access-key-for-other-user";
import { cloudTrailTampering } from "./cloudtrail-tampering";
import { configRecordingStopped } from "./config-recording-stopped";
import { consoleLoginFailures } from "./console-login-failures";
import { consoleLoginWithoutMfa } from "./console-login-without-mfa";
import { guardDutyDetectorDeleted } from "./guardduty-detector-deleted";
import { iamPolicyChanged } from "./iam-policy-changed";
import { kmsKeyDisabled } from "./kms-key-disabled";
import { networkAclChanged } from "./network-acl-changed";
import { networkGatewayChanged } from "./network-gateway-changed";
import { organizationsChanged } from "./organizations-changed";
import { rootActivity } from "./root-activity";
import { routeTableChanged } from "./route-table-changed";
import { s3BucketPolicyChanged } from "./s3-bucket-policy-changed";
import { securityGroupOpenToWorld } from "./security-group-open-to-world";
import { snapshotShared } from "./snapshot-shared";
import { vpcChanged } from "./vpc-changed";

/**
 * Every detection rule, most severe first (findings of equal severity keep this order).
 *
 * Failed calls: record rules flag a call whether it succeeded or not, because a denied
 * attempt at one of these calls is itself a sign of intent and the event shows its error
 * code. The one exception is a console sign-in without MFA, which needs a sign-in that
 * worked; failed sign-ins are counted by the failed-sign-in burst instead.
 */
export const DETECTION_RULES: readonly DetectionRule[] = [
  cloudTrailTampering,
  guardDutyDetectorDeleted,
  rootActivity,
  accessKeyForOtherUser,
  securityGroupOpenToWorld,
  snapshotShared,
  kmsKeyDisabled,
  configRecordingStopped,
  organizationsChanged,
  consoleLoginWithoutMfa,
  consoleLoginFailures,
  accessDeniedBurst,
  iamPolicyChanged,
  s3BucketPolicyChanged,
  networkAclChanged,
  networkGatewayChanged,
  routeTableChanged,
  vpcChanged,
];

const BY_ID = new Map(DETECTION_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): DetectionRule | undefined {
  return BY_ID.get(id);
}
