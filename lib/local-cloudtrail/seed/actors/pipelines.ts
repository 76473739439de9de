import "server-only";

import { roleArn } from "../arns";
import { call, type EventTemplate } from "../catalog";
import { registerTaskDefinition, updateFunctionCode, updateService } from "../catalog/containers";
import { DEMO_ACCOUNT_ID, HOUR, SECOND } from "../constants";
import { assumedRole, iamUserWithKey } from "../identities";
import { sessionKeyFrom } from "../ids";
import { inventory } from "../inventory";
import {
  CI_USER,
  GITHUB_OIDC_PROVIDER,
  GITHUB_RUNNER_IPS,
  IPS,
  ROLES,
  USERS,
  sessionArn,
} from "../principals";
import { WeightedTable, hashString } from "../prng";
import { apiEvent } from "../records";
import { isoSeconds, javaDate } from "../time";
import { CLI, SDK, TERRAFORM } from "../user-agents";
import { ciKeyAt } from "../world";
import { Activities, Regions } from "./activities";
import { emitServiceAssumeRole } from "./automation";
import { type DailySchedule, runSteps, startsInHour, type Step } from "./sequence";
import { TERRAFORM_APPLY, TERRAFORM_PLAN } from "./terraform";
import type { Actor, Caller, FailureProfile, HourContext } from "./types";

const plan = new Activities(TERRAFORM_PLAN);
const apply = new Activities(TERRAFORM_APPLY);
const planRegions = new Regions([
  ["us-east-1", 8],
  ["us-east-2", 1],
  ["us-west-2", 2],
  ["eu-west-1", 2],
  ["ap-northeast-1", 1],
]);
const CI_FAILURES: FailureProfile = { denied: 0, throttled: 0.006, invalid: 0 };

function planSteps(h: HourContext, count: number, gap: readonly [number, number]): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < count; i++) {
    const region = planRegions.draw(h.rng);
    const template = plan.draw(h.rng, region);
    if (template) steps.push({ template, region, gap });
  }
  return steps;
}

const whoAmI = call("sts:GetCallerIdentity");

/** Jenkins' IAM user: a nightly drift check of the Terraform estate, and builds by day. */
function ciDeployer(): Actor {
  const salt = hashString("ci-deployer/builds");
  const builds: DailySchedule = { weekday: [2, 6], weekend: [0, 1], window: [13 * 60, 23 * 60] };
  const stagingFunctions = inventory("us-west-2").functions;
  return {
    name: "ci-deployer",
    hour(h) {
      const callerAt = (time: number, userAgent: string, cli: boolean): Caller | undefined => {
        const key = ciKeyAt(h.world, time);
        if (key === null) return undefined;
        return {
          identity: iamUserWithKey(CI_USER, key),
          principalArn: CI_USER.arn,
          ip: IPS.jenkins,
          userAgent,
          cli,
          tls: "tls13",
        };
      };
      if (((h.hour % 24) + 24) % 24 === 2) {
        const start = h.start + h.rng.range(20, 90) * SECOND;
        const caller = callerAt(start, TERRAFORM, false);
        if (caller) {
          const steps = [
            { template: whoAmI, region: "us-east-1", gap: [0, 0] as const },
            ...planSteps(h, h.rng.range(45, 70), [1, 10]),
          ];
          runSteps(h, steps, start, caller, CI_FAILURES);
        }
      }
      for (const start of startsInHour(h, salt, builds)) {
        const caller = callerAt(start, CLI.linux, true);
        if (!caller) continue;
        const fn = h.rng.pick(stagingFunctions);
        const deployStaging: EventTemplate = {
          ...call("lambda:UpdateFunctionCode20150331v2"),
          build: (ctx) => updateFunctionCode(ctx, fn),
        };
        runSteps(
          h,
          [
            { template: whoAmI, region: "us-east-1", gap: [0, 0] },
            { template: call("s3:GetBucketLocation"), region: "us-west-2", gap: [2, 20] },
            { template: deployStaging, region: "us-west-2", gap: [20, 90] },
            {
              template: call("lambda:GetFunctionConfiguration20150331v2"),
              region: "us-west-2",
              gap: [3, 10],
            },
            {
              template: call("lambda:GetFunctionConfiguration20150331v2"),
              region: "us-west-2",
              gap: [3, 10],
            },
            { template: call("cloudformation:DescribeStacks"), region: "us-west-2", gap: [5, 30] },
          ],
          start,
          caller,
          CI_FAILURES,
        );
      }
    },
  };
}

type DeployKind = "ecs" | "lambda" | "static" | "stack";

const CLOUDFORMATION = "cloudformation.amazonaws.com";

/**
 * A stack deploy: the pipeline submits a change set, CloudFormation then makes the
 * changes itself through its execution role, while the pipeline polls the stack.
 */
function stackDeploy(
  h: HourContext,
  start: number,
  pipeline: Caller,
  failures: FailureProfile,
): void {
  const r = "us-east-1";
  const s = (key: string, gap: readonly [number, number], region = r): Step => ({
    template: call(key),
    region,
    gap,
  });
  const submitted = runSteps(
    h,
    [
      s("sts:GetCallerIdentity", [1, 3]),
      s("cloudformation:ValidateTemplate", [10, 30]),
      s("cloudformation:CreateChangeSet", [2, 5]),
      s("cloudformation:DescribeChangeSet", [5, 10]),
      s("cloudformation:DescribeChangeSet", [5, 10]),
      s("cloudformation:ExecuteChangeSet", [2, 5]),
    ],
    start,
    pipeline,
    failures,
  );
  const role = ROLES.cfnExecution;
  const key = sessionKeyFrom(h.rng);
  const assumed = Math.min(h.start + HOUR - SECOND, submitted + 2 * SECOND);
  emitServiceAssumeRole(h, CLOUDFORMATION, role, "AWSCloudFormation", key, assumed);
  const cloudFormation: Caller = {
    identity: assumedRole(role, "AWSCloudFormation", key, isoSeconds(assumed), {
      invokedBy: CLOUDFORMATION,
    }),
    principalArn: sessionArn(role, "AWSCloudFormation"),
    ip: CLOUDFORMATION,
    userAgent: CLOUDFORMATION,
    tls: "none",
  };
  const changes = [s("iam:PutRolePolicy", [3, 8]), s("logs:PutRetentionPolicy", [2, 6])];
  if (h.rng.chance(0.6)) changes.push(s("lambda:UpdateFunctionConfiguration20150331v2", [2, 6]));
  if (h.rng.chance(0.5)) changes.push(s("monitoring:PutMetricAlarm", [2, 6]));
  const applied = runSteps(h, changes, assumed, cloudFormation);
  const polls: Step[] = [];
  const waits = h.rng.range(3, 6);
  for (let i = 0; i < waits; i++) polls.push(s("cloudformation:DescribeStackEvents", [10, 25]));
  polls.push(s("cloudformation:DescribeStacks", [2, 5]));
  runSteps(h, polls, Math.max(submitted, applied - 20 * SECOND), pipeline, failures);
}

const DEPLOY_KINDS = new WeightedTable<DeployKind>([
  ["ecs", 45],
  ["lambda", 30],
  ["static", 15],
  ["stack", 10],
]);
const REPOS: Record<DeployKind, readonly string[]> = {
  ecs: ["payments-api", "checkout-web", "notifications-worker"],
  lambda: ["order-processor", "image-resizer"],
  static: ["web-frontend"],
  stack: ["payments-api", "checkout-web"],
};

function gitHubSubject(repo: string): string {
  return `repo:acme-corp/${repo}:ref:refs/heads/main`;
}

/** GitHub Actions deploys through OIDC: AssumeRoleWithWebIdentity, then the deploy itself. */
function gitHubDeploys(): Actor {
  const salt = hashString("github-actions/deploys");
  const schedule: DailySchedule = {
    weekday: [2, 5],
    weekend: [0, 1],
    window: [13 * 60, 23 * 60 + 30],
  };
  const role = ROLES.githubDeploy;
  return {
    name: "github-actions",
    hour(h) {
      for (const start of startsInHour(h, salt, schedule)) {
        const kind = DEPLOY_KINDS.draw(h.rng);
        const repo = h.rng.pick(REPOS[kind]);
        const ip = h.rng.pick(GITHUB_RUNNER_IPS);
        const key = sessionKeyFrom(h.rng);
        const subject = gitHubSubject(repo);
        h.emit(
          apiEvent(h.rng, {
            time: start,
            region: "us-east-1",
            source: "sts.amazonaws.com",
            name: "AssumeRoleWithWebIdentity",
            identity: {
              type: "WebIdentityUser",
              principalId: `${GITHUB_OIDC_PROVIDER}:sts.amazonaws.com:${subject}`,
              userName: subject,
              identityProvider: GITHUB_OIDC_PROVIDER,
            },
            ip,
            userAgent: SDK.githubCredentials,
            readOnly: true,
            requestParameters: {
              roleArn: role.arn,
              roleSessionName: "GitHubActions",
              durationSeconds: 3600,
            },
            responseElements: {
              credentials: {
                accessKeyId: key,
                sessionToken: "<redacted>",
                expiration: javaDate(start + HOUR),
              },
              subjectFromWebIdentityToken: subject,
              assumedRoleUser: {
                assumedRoleId: `${role.principalId}:GitHubActions`,
                arn: sessionArn(role, "GitHubActions"),
              },
              provider: GITHUB_OIDC_PROVIDER,
              audience: "sts.amazonaws.com",
            },
            additionalEventData: { identityProviderConnectionVerificationMethod: "IdPThumbprint" },
            recordResources: [
              { accountId: DEMO_ACCOUNT_ID, type: "AWS::IAM::Role", ARN: roleArn(role.name) },
            ],
            tls: "tls13",
            resources: [{ type: "AWS::IAM::Role", name: role.name }],
          }),
        );
        const caller: Caller = {
          identity: assumedRole(role, "GitHubActions", key, isoSeconds(start), {
            webIdFederationData: { federatedProvider: GITHUB_OIDC_PROVIDER, attributes: {} },
          }),
          principalArn: sessionArn(role, "GitHubActions"),
          ip,
          userAgent: CLI.githubRunner,
          cli: true,
          tls: "tls13",
        };
        const failures: FailureProfile = { denied: 0.01, throttled: 0.004, invalid: 0.004 };
        if (kind === "stack") stackDeploy(h, start, caller, failures);
        else runSteps(h, deploySteps(h, kind, repo), start, caller, failures);
      }
    },
  };
}

function deploySteps(h: HourContext, kind: DeployKind, repo: string): Step[] {
  const r = "us-east-1";
  const s = (key: string, gap: readonly [number, number], region = r): Step => ({
    template: call(key),
    region,
    gap,
  });
  const custom = (
    key: string,
    build: EventTemplate["build"],
    gap: readonly [number, number],
    region = r,
  ): Step => ({
    template: { ...call(key), build },
    region,
    gap,
  });
  const steps: Step[] = [s("sts:GetCallerIdentity", [1, 3])];
  if (kind === "ecs") {
    steps.push(s("ecr:GetAuthorizationToken", [20, 60]));
    steps.push(
      s("ecr:InitiateLayerUpload", [30, 90]),
      s("ecr:InitiateLayerUpload", [1, 5]),
      s("ecr:PutImage", [10, 40]),
    );
    steps.push(s("ecs:DescribeTaskDefinition", [2, 6]));
    steps.push(
      custom("ecs:RegisterTaskDefinition", (ctx) => registerTaskDefinition(ctx, repo), [1, 3]),
    );
    steps.push(
      custom("ecs:UpdateService", (ctx) => updateService(ctx, "prod-cluster", repo), [1, 3]),
    );
    const waits = h.rng.range(3, 7);
    for (let i = 0; i < waits; i++) steps.push(s("ecs:DescribeServices", [15, 30]));
  } else if (kind === "lambda") {
    const region = h.rng.chance(0.3) && repo === "order-processor" ? "eu-west-1" : r;
    const fn = region === "eu-west-1" ? "order-processor-eu" : repo;
    steps.push(
      custom(
        "lambda:UpdateFunctionCode20150331v2",
        (ctx) => updateFunctionCode(ctx, fn),
        [20, 60],
        region,
      ),
    );
    steps.push(
      s("lambda:GetFunctionConfiguration20150331v2", [2, 5], region),
      s("lambda:GetFunctionConfiguration20150331v2", [2, 5], region),
    );
    steps.push(
      s("lambda:PublishVersion20150331", [1, 3], region),
      s("lambda:UpdateAlias20150331", [1, 3], region),
    );
  } else if (kind === "static") {
    steps.push(
      s("cloudfront:CreateInvalidation", [40, 120]),
      s("cloudfront:ListInvalidations", [5, 20]),
    );
  }
  return steps;
}

/** Atlantis applies reviewed Terraform changes through TerraformApplyRole. */
function atlantis(): Actor {
  const salt = hashString("atlantis/applies");
  const schedule: DailySchedule = { weekday: [1, 3], weekend: [0, 0], window: [14 * 60, 22 * 60] };
  return {
    name: "atlantis",
    hour(h) {
      for (const start of startsInHour(h, salt, schedule)) {
        const key = sessionKeyFrom(h.rng);
        const caller: Caller = {
          identity: assumedRole(ROLES.terraform, "atlantis", key, isoSeconds(start - 5 * SECOND)),
          principalArn: sessionArn(ROLES.terraform, "atlantis"),
          ip: IPS.atlantis,
          userAgent: TERRAFORM,
          tls: "tls13",
        };
        const steps = planSteps(h, h.rng.range(12, 25), [0, 3]);
        const writes = h.rng.range(1, 3);
        for (let i = 0; i < writes; i++) {
          const region = planRegions.draw(h.rng);
          const template = apply.draw(h.rng, region);
          if (template) steps.push({ template, region, gap: [5, 40] });
        }
        runSteps(h, steps, start, caller, { denied: 0.004, throttled: 0.004, invalid: 0.01 });
      }
    },
  };
}

/** A cron job on an old backup host, still on CLI v1 and a key never rotated. */
function legacyBackup(): Actor {
  const user = USERS.legacyBackup;
  return {
    name: "legacy-backup",
    hour(h) {
      if (((h.hour % 24) + 24) % 24 !== 3 || !user.accessKeyId) return;
      const caller: Caller = {
        identity: iamUserWithKey(user, user.accessKeyId),
        principalArn: user.arn,
        ip: IPS.backupHost,
        userAgent: SDK.backupScript,
        tls: "tls12",
      };
      const r = "us-east-1";
      const s = (key: string, gap: readonly [number, number]): Step => ({
        template: call(key),
        region: r,
        gap,
      });
      const steps: Step[] = [
        s("ec2:DescribeInstances", [0, 0]),
        s("ec2:DescribeSnapshots", [1, 3]),
      ];
      for (let i = 0; i < inventory(r).instances.length; i++)
        steps.push(s("ec2:CreateSnapshot", [1, 4]));
      for (let i = 0; i < 3; i++) steps.push(s("ec2:DeleteSnapshot", [1, 2]));
      steps.push(
        s("rds:CreateDBClusterSnapshot", [5, 15]),
        s("dynamodb:CreateBackup", [2, 6]),
        s("dynamodb:CreateBackup", [2, 6]),
      );
      runSteps(h, steps, h.start + h.rng.range(4 * 60, 6 * 60) * SECOND, caller, {
        denied: 0.01,
        throttled: 0.01,
        invalid: 0,
      });
    },
  };
}

export const PIPELINES: readonly Actor[] = [
  ciDeployer(),
  gitHubDeploys(),
  atlantis(),
  legacyBackup(),
];
