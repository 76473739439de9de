import "server-only";

import { awsPolicyArn, policyArn, roleArn, userArn } from "../arns";
import { DEMO_ORGANIZATION_ID } from "../constants";
import { CUSTOMER_POLICIES, IAM_GROUPS, IAM_ROLES, IAM_USERS, MEMBER_ACCOUNTS } from "../inventory";
import { read, res, write } from "./helpers";
import type { CallContext, CallDetails, EventTemplate } from "./types";

const userRes = (name: string) => res("AWS::IAM::User", name);
const roleRes = (name: string) => res("AWS::IAM::Role", name);

function onUser(ctx: CallContext, extra?: Record<string, unknown>): CallDetails {
  const user = ctx.rng.pick(IAM_USERS);
  return {
    request: { userName: user, ...extra },
    resources: [userRes(user)],
    deniedResource: userArn(user),
  };
}

function onRole(ctx: CallContext, extra?: Record<string, unknown>): CallDetails {
  const role = ctx.rng.pick(IAM_ROLES);
  return {
    request: { roleName: role, ...extra },
    resources: [roleRes(role)],
    deniedResource: roleArn(role),
  };
}

function onPolicy(ctx: CallContext, extra?: Record<string, unknown>): CallDetails {
  const arn = policyArn(ctx.rng.pick(CUSTOMER_POLICIES));
  return {
    request: { policyArn: arn, ...extra },
    resources: [res("AWS::IAM::Policy", arn)],
    deniedResource: arn,
  };
}

const iam: EventTemplate[] = [
  read("iam", "ListUsers", () => ({ request: null, deniedResource: userArn("") })),
  read("iam", "ListRoles", () => ({ request: null, deniedResource: roleArn("") })),
  read("iam", "ListGroups", () => ({ request: null })),
  read("iam", "ListPolicies", () => ({
    request: { scope: "Local", onlyAttached: false, policyUsageFilter: "PermissionsPolicy" },
  })),
  read("iam", "GetUser", (ctx) => onUser(ctx)),
  read("iam", "GetRole", (ctx) => onRole(ctx)),
  read("iam", "GetPolicy", (ctx) => onPolicy(ctx)),
  read("iam", "GetPolicyVersion", (ctx) => onPolicy(ctx, { versionId: `v${ctx.rng.range(1, 6)}` })),
  read("iam", "ListAttachedRolePolicies", (ctx) => onRole(ctx)),
  read("iam", "ListRolePolicies", (ctx) => onRole(ctx)),
  read("iam", "ListAttachedUserPolicies", (ctx) => onUser(ctx)),
  read("iam", "ListUserPolicies", (ctx) => onUser(ctx)),
  read("iam", "ListGroupsForUser", (ctx) => onUser(ctx)),
  read("iam", "ListAccessKeys", (ctx) => onUser(ctx)),
  read("iam", "ListMFADevices", (ctx) => onUser(ctx)),
  read("iam", "GetLoginProfile", (ctx) => {
    const details = onUser(ctx);
    const user = (details.request as { userName: string }).userName;
    // Users without console access have no login profile.
    return /ci-|grafana|legacy/.test(user)
      ? {
          ...details,
          error: {
            code: "NoSuchEntity",
            message: `Login Profile for User ${user} cannot be found.`,
          },
        }
      : details;
  }),
  read("iam", "GetAccountSummary"),
  read("iam", "GetAccountPasswordPolicy"),
  read("iam", "GetCredentialReport"),
  read("iam", "GenerateCredentialReport"),
  read("iam", "ListInstanceProfiles"),
  read("iam", "ListOpenIDConnectProviders"),
  read("iam", "ListSAMLProviders"),
  read("iam", "ListEntitiesForPolicy", (ctx) => onPolicy(ctx)),
  read("iam", "GenerateServiceLastAccessedDetails", (ctx) => {
    const role = ctx.rng.pick(IAM_ROLES);
    return {
      request: { arn: roleArn(role), granularity: "SERVICE_LEVEL" },
      response: { jobId: ctx.rng.uuid() },
      resources: [roleRes(role)],
    };
  }),
  write("iam", "TagRole", (ctx) =>
    onRole(ctx, {
      tags: [{ key: "Owner", value: ctx.rng.pick(["platform", "payments", "data"]) }],
    }),
  ),
  write("iam", "UpdateAssumeRolePolicy", (ctx) =>
    onRole(ctx, {
      policyDocument:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
    }),
  ),
  write("iam", "PutRolePolicy", (ctx) =>
    onRole(ctx, {
      policyName: "inline-s3-read",
      policyDocument:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::acme-prod-assets","arn:aws:s3:::acme-prod-assets/*"]}]}',
    }),
  ),
  write("iam", "AttachRolePolicy", (ctx) =>
    onRole(ctx, {
      policyArn: awsPolicyArn(
        ctx.rng.pick([
          "AmazonS3ReadOnlyAccess",
          "CloudWatchAgentServerPolicy",
          "AmazonSSMManagedInstanceCore",
        ]),
      ),
    }),
  ),
  write("iam", "DetachRolePolicy", (ctx) =>
    onRole(ctx, { policyArn: awsPolicyArn("AmazonS3ReadOnlyAccess") }),
  ),
  write("iam", "CreatePolicyVersion", (ctx) =>
    onPolicy(ctx, {
      policyDocument:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecr:GetAuthorizationToken","ecs:UpdateService","ecs:DescribeServices"],"Resource":"*"}]}',
      setAsDefault: true,
    }),
  ),
  write("iam", "AddUserToGroup", (ctx) => onUser(ctx, { groupName: ctx.rng.pick(IAM_GROUPS) })),
  write("iam", "ChangePassword", () => ({ request: null })),
];

const sts: EventTemplate[] = [
  read("sts", "GetCallerIdentity"),
  read("sts", "GetSessionToken", () => ({ request: { durationSeconds: 43200 } })),
];

const organizations: EventTemplate[] = [
  read("organizations", "DescribeOrganization"),
  read("organizations", "ListAccounts"),
  read("organizations", "ListRoots"),
  read("organizations", "ListPoliciesForTarget", (ctx) => {
    const account = ctx.rng.pick(MEMBER_ACCOUNTS);
    return {
      request: { targetId: account.id, filter: "SERVICE_CONTROL_POLICY" },
      resources: [res("AWS::Organizations::Account", account.id)],
    };
  }),
  read("organizations", "DescribeAccount", (ctx) => {
    const account = ctx.rng.pick(MEMBER_ACCOUNTS);
    return {
      request: { accountId: account.id },
      resources: [res("AWS::Organizations::Account", account.id)],
    };
  }),
  read("organizations", "ListOrganizationalUnitsForParent", () => ({
    request: { parentId: `r-${DEMO_ORGANIZATION_ID.slice(2, 6)}` },
  })),
  read("organizations", "ListDelegatedAdministrators"),
];

export const IDENTITY: EventTemplate[] = [...iam, ...sts, ...organizations];
