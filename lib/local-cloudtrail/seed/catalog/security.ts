import "server-only";

import { certificateArn, detectorArn, kmsKeyArn, secretArn, trailArn } from "../arns";
import { DEMO_ACCOUNT_ID } from "../constants";
import { detectorAt, trailsExistAt } from "../world";
import { has, read, recordRes, res, write } from "./helpers";
import type { CallContext, CallDetails, EventTemplate } from "./types";

function onKey(
  ctx: CallContext,
  request: (keyArn: string, alias: string) => Record<string, unknown>,
): CallDetails {
  const key = ctx.rng.pick(ctx.inv.kmsKeys);
  const arn = kmsKeyArn(ctx.region, key.id);
  return {
    request: request(arn, key.name),
    resources: [res("AWS::KMS::Key", arn)],
    recordResources: [recordRes("AWS::KMS::Key", arn)],
    deniedResource: arn,
  };
}

const withKeys = has((i) => i.kmsKeys);

const kms: EventTemplate[] = [
  read(
    "kms",
    "Decrypt",
    (ctx) =>
      onKey(ctx, (_arn, alias) => ({
        encryptionAlgorithm: "SYMMETRIC_DEFAULT",
        encryptionContext: {
          "aws:lambda:FunctionArn": `arn:aws:lambda:${ctx.region}:${DEMO_ACCOUNT_ID}:function:${alias.replace("alias/", "")}`,
        },
      })),
    withKeys,
  ),
  read(
    "kms",
    "Encrypt",
    (ctx) => onKey(ctx, (arn) => ({ keyId: arn, encryptionAlgorithm: "SYMMETRIC_DEFAULT" })),
    withKeys,
  ),
  read(
    "kms",
    "GenerateDataKey",
    (ctx) => onKey(ctx, (_arn, alias) => ({ keyId: alias, keySpec: "AES_256" })),
    withKeys,
  ),
  read("kms", "DescribeKey", (ctx) => onKey(ctx, (_arn, alias) => ({ keyId: alias })), withKeys),
  read(
    "kms",
    "GetKeyPolicy",
    (ctx) => onKey(ctx, (arn) => ({ keyId: arn, policyName: "default" })),
    withKeys,
  ),
  read("kms", "GetKeyRotationStatus", (ctx) => onKey(ctx, (arn) => ({ keyId: arn })), withKeys),
  read("kms", "ListResourceTags", (ctx) => onKey(ctx, (arn) => ({ keyId: arn })), withKeys),
  read("kms", "ListKeys", () => ({ request: null })),
  read("kms", "ListAliases", () => ({ request: null })),
  write(
    "kms",
    "CreateGrant",
    (ctx) => {
      const details = onKey(ctx, (arn) => ({
        keyId: arn,
        granteePrincipal: "ebs.amazonaws.com",
        operations: [
          "Decrypt",
          "Encrypt",
          "GenerateDataKeyWithoutPlaintext",
          "ReEncryptFrom",
          "ReEncryptTo",
          "CreateGrant",
          "DescribeKey",
        ],
        constraints: { encryptionContextSubset: { "aws:ebs:id": `vol-0${ctx.rng.hex(16)}` } },
      }));
      return { ...details, response: { grantId: ctx.rng.hex(64), keyId: details.deniedResource } };
    },
    withKeys,
  ),
  write(
    "kms",
    "EnableKeyRotation",
    (ctx) => onKey(ctx, (arn) => ({ keyId: arn, rotationPeriodInDays: 365 })),
    withKeys,
  ),
  write(
    "kms",
    "TagResource",
    (ctx) =>
      onKey(ctx, (arn) => ({ keyId: arn, tags: [{ tagKey: "Owner", tagValue: "platform" }] })),
    withKeys,
  ),
];

function onSecret(
  ctx: CallContext,
  request?: (arn: string, name: string) => Record<string, unknown>,
): CallDetails {
  const name = ctx.rng.pick(ctx.inv.secrets);
  const arn = secretArn(ctx.region, name);
  return {
    request: request ? request(arn, name) : { secretId: ctx.rng.chance(0.5) ? arn : name },
    resources: [res("AWS::SecretsManager::Secret", arn)],
    deniedResource: arn,
  };
}

const withSecrets = has((i) => i.secrets);

const secretsmanager: EventTemplate[] = [
  read("secretsmanager", "GetSecretValue", (ctx) => onSecret(ctx), withSecrets),
  read("secretsmanager", "DescribeSecret", (ctx) => onSecret(ctx), withSecrets),
  read("secretsmanager", "ListSecrets", () => ({ request: { maxResults: 100 } })),
  read("secretsmanager", "GetResourcePolicy", (ctx) => onSecret(ctx), withSecrets),
  write(
    "secretsmanager",
    "PutSecretValue",
    (ctx) => {
      const details = onSecret(ctx, (arn) => ({
        secretId: arn,
        clientRequestToken: ctx.rng.uuid(),
      }));
      return {
        ...details,
        response: {
          arn: details.deniedResource,
          versionId: ctx.rng.uuid(),
          versionStages: ["AWSCURRENT"],
        },
      };
    },
    withSecrets,
  ),
  write(
    "secretsmanager",
    "RotateSecret",
    (ctx) =>
      onSecret(ctx, (arn) => ({
        secretId: arn,
        clientRequestToken: ctx.rng.uuid(),
        rotateImmediately: true,
      })),
    withSecrets,
  ),
  write(
    "secretsmanager",
    "UpdateSecret",
    (ctx) => onSecret(ctx, (arn) => ({ secretId: arn, description: "Rotated by platform team" })),
    withSecrets,
  ),
];

/** GuardDuty calls name the region's detector, which the root story deletes for a day. */
function onDetector(ctx: CallContext, extra?: Record<string, unknown>): CallDetails {
  const detector = detectorAt(ctx.world, ctx.region, ctx.time);
  const id = detector ?? ctx.inv.guardDutyDetector;
  return {
    request: { detectorId: id, ...extra },
    resources: [res("AWS::GuardDuty::Detector", id)],
    deniedResource: detectorArn(ctx.region, id),
    ...(detector === null && {
      error: {
        code: "BadRequestException",
        message:
          "The request is rejected because the input detectorId is not owned by the current account.",
      },
    }),
  };
}

const guardduty: EventTemplate[] = [
  read("guardduty", "ListDetectors"),
  read("guardduty", "GetDetector", (ctx) => onDetector(ctx)),
  read("guardduty", "ListFindings", (ctx) =>
    onDetector(ctx, {
      findingCriteria: {
        criterion: { "service.archived": { eq: ["false"] }, severity: { gte: 4 } },
      },
      sortCriteria: { attributeName: "updatedAt", orderBy: "DESC" },
      maxResults: 50,
    }),
  ),
  read("guardduty", "GetFindings", (ctx) =>
    onDetector(ctx, { findingIds: [ctx.rng.hex(32), ctx.rng.hex(32)] }),
  ),
  read("guardduty", "GetFindingsStatistics", (ctx) =>
    onDetector(ctx, {
      findingStatisticTypes: ["COUNT_BY_SEVERITY"],
      findingCriteria: { criterion: { "service.archived": { eq: ["false"] } } },
    }),
  ),
  read("guardduty", "ListPublishingDestinations", (ctx) => onDetector(ctx)),
  write("guardduty", "ArchiveFindings", (ctx) =>
    onDetector(ctx, { findingIds: [ctx.rng.hex(32)] }),
  ),
  write("guardduty", "UpdateFindingsFeedback", (ctx) =>
    onDetector(ctx, { findingIds: [ctx.rng.hex(32)], feedback: "USEFUL" }),
  ),
];

const securityhub: EventTemplate[] = [
  read("securityhub", "DescribeHub", () => ({ request: null })),
  read("securityhub", "GetEnabledStandards", () => ({ request: null })),
  read("securityhub", "GetFindings", () => ({
    request: {
      filters: {
        RecordState: [{ Comparison: "EQUALS", Value: "ACTIVE" }],
        WorkflowStatus: [{ Comparison: "EQUALS", Value: "NEW" }],
      },
      maxResults: 100,
    },
  })),
  read("securityhub", "GetInsights", () => ({ request: { maxResults: 100 } })),
  read("securityhub", "DescribeStandardsControls", (ctx) => ({
    request: {
      standardsSubscriptionArn: `arn:aws:securityhub:${ctx.region}:${DEMO_ACCOUNT_ID}:subscription/aws-foundational-security-best-practices/v/1.0.0`,
    },
  })),
  write("securityhub", "BatchUpdateFindings", (ctx) => ({
    request: {
      findingIdentifiers: [
        {
          id: `arn:aws:securityhub:${ctx.region}:${DEMO_ACCOUNT_ID}:subscription/aws-foundational-security-best-practices/v/1.0.0/S3.8/finding/${ctx.rng.uuid()}`,
          productArn: `arn:aws:securityhub:${ctx.region}::product/aws/securityhub`,
        },
      ],
      workflow: { status: ctx.rng.pick(["NOTIFIED", "SUPPRESSED", "RESOLVED"]) },
      note: { text: "Tracked in SEC-412", updatedBy: "sofia.rossi" },
    },
  })),
];

const accessAnalyzer: EventTemplate[] = [
  read("access-analyzer", "ListAnalyzers", () => ({ request: { type: "ACCOUNT" } })),
  read("access-analyzer", "ListFindings", (ctx) => ({
    request: {
      analyzerArn: `arn:aws:access-analyzer:${ctx.region}:${DEMO_ACCOUNT_ID}:analyzer/account-analyzer`,
      filter: { status: { eq: ["ACTIVE"] } },
    },
  })),
];

const acm: EventTemplate[] = [
  read("acm", "ListCertificates", () => ({
    request: { certificateStatuses: ["ISSUED"], includes: {} },
  })),
  read(
    "acm",
    "DescribeCertificate",
    (ctx) => {
      const cert = ctx.rng.pick(ctx.inv.certificates);
      const arn = certificateArn(ctx.region, cert.id);
      return {
        request: { certificateArn: arn },
        resources: [res("AWS::ACM::Certificate", arn)],
        deniedResource: arn,
      };
    },
    has((i) => i.certificates),
  ),
  read(
    "acm",
    "ListTagsForCertificate",
    (ctx) => {
      const cert = ctx.rng.pick(ctx.inv.certificates);
      return { request: { certificateArn: certificateArn(ctx.region, cert.id) } };
    },
    has((i) => i.certificates),
  ),
];

/** Which trail a reader means: the EU trail only after it exists and only in its region. */
function someTrailArn(ctx: CallContext): string {
  if (
    ctx.region === "eu-west-1" &&
    ctx.time >= ctx.world.timeline.euTrailCreated &&
    ctx.rng.chance(0.5)
  ) {
    return trailArn("eu-west-1", "eu-data-events");
  }
  return trailArn("us-east-1", "management-events");
}

function onTrail(ctx: CallContext, field: "name" | "trailName"): CallDetails {
  if (!trailsExistAt(ctx.world, ctx.time)) {
    return {
      request: { [field]: "management-events" },
      error: {
        code: "TrailNotFoundException",
        message: `Unknown trail: management-events for the user: ${DEMO_ACCOUNT_ID}`,
      },
    };
  }
  const arn = someTrailArn(ctx);
  return {
    request: { [field]: arn },
    resources: [res("AWS::CloudTrail::Trail", arn)],
    deniedResource: arn,
  };
}

const cloudtrail: EventTemplate[] = [
  read("cloudtrail", "DescribeTrails", () => ({
    request: { trailNameList: [], includeShadowTrails: true },
  })),
  read("cloudtrail", "ListTrails", () => ({ request: null })),
  read("cloudtrail", "GetTrailStatus", (ctx) => onTrail(ctx, "name")),
  read("cloudtrail", "GetTrail", (ctx) => onTrail(ctx, "name")),
  read("cloudtrail", "GetEventSelectors", (ctx) => onTrail(ctx, "trailName")),
  read("cloudtrail", "GetInsightSelectors", (ctx) => onTrail(ctx, "trailName")),
  read("cloudtrail", "LookupEvents", (ctx) => ({
    request: {
      ...(ctx.rng.chance(0.6) && {
        lookupAttributes: [
          {
            attributeKey: ctx.rng.pick(["EventName", "Username", "ResourceName"]),
            attributeValue: ctx.rng.pick([
              "ConsoleLogin",
              "ci-deployer",
              "prod-app-sg",
              "RunInstances",
            ]),
          },
        ],
      }),
      startTime: new Date(ctx.time - 86_400_000).toISOString(),
      endTime: new Date(ctx.time).toISOString(),
      maxResults: 50,
    },
  })),
];

const CONFIG_RULES = [
  "s3-bucket-public-read-prohibited",
  "encrypted-volumes",
  "iam-user-mfa-enabled",
  "restricted-ssh",
  "cloudtrail-enabled",
  "root-account-mfa-enabled",
  "rds-storage-encrypted",
];

const config: EventTemplate[] = [
  read("config", "DescribeConfigRules", () => ({ request: null })),
  read("config", "DescribeComplianceByConfigRule", () => ({
    request: { complianceTypes: ["NON_COMPLIANT"] },
  })),
  read("config", "DescribeConfigurationRecorderStatus", () => ({ request: null })),
  read("config", "DescribeConfigurationRecorders", () => ({ request: null })),
  read("config", "DescribeDeliveryChannels", () => ({ request: null })),
  read("config", "GetComplianceDetailsByConfigRule", (ctx) => ({
    request: {
      configRuleName: ctx.rng.pick(CONFIG_RULES),
      complianceTypes: ["NON_COMPLIANT"],
      limit: 100,
    },
  })),
  write("config", "PutEvaluations", (ctx) => ({
    request: {
      evaluations: [
        {
          complianceResourceType: "AWS::EC2::SecurityGroup",
          complianceResourceId: ctx.rng.pick(ctx.inv.securityGroups).id,
          complianceType: "COMPLIANT",
          orderingTimestamp: new Date(ctx.time - 60_000).toISOString(),
        },
      ],
      resultToken: "<sensitiveDataRemoved>",
      testMode: false,
    },
    response: { failedEvaluations: [] },
  })),
  write("config", "StartConfigRulesEvaluation", (ctx) => ({
    request: { configRuleNames: [ctx.rng.pick(CONFIG_RULES)] },
  })),
];

export const SECURITY: EventTemplate[] = [
  ...kms,
  ...secretsmanager,
  ...guardduty,
  ...securityhub,
  ...accessAnalyzer,
  ...acm,
  ...cloudtrail,
  ...config,
];
