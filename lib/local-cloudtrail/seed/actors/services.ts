import "server-only";

import { DEMO_REGIONS } from "../constants";
import { ROLES, type Role } from "../principals";
import { traffic } from "../rhythm";
import type { ActivitySpec } from "./activities";
import { type Agent, automation, constantRate, roleSession } from "./automation";
import type { Actor } from "./types";

/** A service acting through its service-linked role: its own name as address and agent. */
function serviceAgent(service: string): Agent {
  return { ip: () => service, userAgent: service, tls: "none" };
}

function linkedRole(role: Role, session: string, service: string) {
  return roleSession({ role, session, extras: { invokedBy: service } }, serviceAgent(service));
}

const withAutoScaling = DEMO_REGIONS.filter((r) => r !== "us-east-2");

const CONFIG_RECORDER: ActivitySpec = [
  ["ec2:DescribeInstances", 4],
  ["ec2:DescribeSecurityGroups", 4],
  ["ec2:DescribeVolumes", 2],
  ["ec2:DescribeSubnets", 2],
  ["ec2:DescribeVpcs", 1],
  ["ec2:DescribeNetworkInterfaces", 2],
  ["ec2:DescribeRouteTables", 1],
  ["s3:GetBucketAcl", 2],
  ["s3:GetBucketPolicy", 2],
  ["s3:GetBucketVersioning", 1],
  ["s3:GetBucketEncryption", 1],
  ["s3:GetBucketPublicAccessBlock", 1],
  ["s3:GetBucketTagging", 1],
  ["s3:GetBucketLogging", 1],
  ["s3:GetBucketLifecycle", 1],
  ["iam:GetRole", 1],
  ["iam:GetPolicy", 1],
  ["iam:ListAttachedRolePolicies", 0.5],
  ["rds:DescribeDBInstances", 1],
  ["lambda:GetFunction20150331v2", 1],
  ["lambda:GetPolicy20150331v2", 1],
  ["dynamodb:DescribeTable", 1],
  ["kms:DescribeKey", 1],
  ["kms:GetKeyRotationStatus", 1],
  ["elasticloadbalancing:DescribeLoadBalancers", 1],
  ["autoscaling:DescribeAutoScalingGroups", 1],
  ["cloudtrail:DescribeTrails", 0.5],
  ["cloudtrail:GetTrailStatus", 0.5],
  ["cloudtrail:GetEventSelectors", 0.5],
];

export const SERVICES: readonly Actor[] = [
  automation({
    name: "config",
    regions: DEMO_REGIONS,
    rate: constantRate(0.5),
    caller: linkedRole(ROLES.configSlr, "AWSConfig-Describe", "config.amazonaws.com"),
    activities: CONFIG_RECORDER,
    failures: { denied: 0, throttled: 0.01, invalid: 0 },
  }),
  automation({
    name: "autoscaling",
    regions: withAutoScaling,
    rate: (region, time) => 0.25 * traffic(time, region),
    caller: linkedRole(ROLES.autoScalingSlr, "AutoScaling", "autoscaling.amazonaws.com"),
    activities: [
      ["ec2:RunInstances", 2],
      ["ec2:TerminateInstances", 2],
      ["elasticloadbalancing:RegisterTargets", 1],
      ["elasticloadbalancing:DeregisterTargets", 1],
    ],
  }),
  automation({
    name: "elasticloadbalancing",
    regions: withAutoScaling,
    rate: constantRate(0.2),
    caller: linkedRole(ROLES.elbSlr, "ElasticLoadBalancing", "elasticloadbalancing.amazonaws.com"),
    activities: [
      ["ec2:DescribeNetworkInterfaces", 3],
      ["ec2:DescribeSubnets", 1],
      ["ec2:DescribeSecurityGroups", 1],
      ["ec2:DescribeVpcs", 1],
      ["ec2:DescribeAddresses", 1],
      ["ec2:CreateNetworkInterface", 0.1],
    ],
  }),
  automation({
    name: "guardduty",
    regions: DEMO_REGIONS,
    rate: constantRate(0.25),
    caller: linkedRole(ROLES.guardDutySlr, "AmazonGuardDuty", "guardduty.amazonaws.com"),
    activities: [
      ["ec2:DescribeInstances", 3],
      ["ec2:DescribeSecurityGroups", 1],
      ["ec2:DescribeNetworkInterfaces", 1],
      ["s3:ListBuckets", 1],
      ["s3:GetBucketAcl", 1],
      ["s3:GetBucketPolicy", 1],
      ["s3:GetBucketPublicAccessBlock", 1],
      ["eks:DescribeCluster", 0.5],
      ["ecs:ListClusters", 0.5],
    ],
  }),
  automation({
    name: "securityhub",
    regions: DEMO_REGIONS,
    rate: constantRate(0.08),
    caller: linkedRole(ROLES.securityHubSlr, "securityhub", "securityhub.amazonaws.com"),
    activities: [
      ["config:DescribeConfigRules", 2],
      ["config:DescribeComplianceByConfigRule", 2],
      ["config:GetComplianceDetailsByConfigRule", 2],
    ],
  }),
];
