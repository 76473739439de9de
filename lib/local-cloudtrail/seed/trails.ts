import "server-only";

import type { EventSelector, StoredEvent, Trail } from "../types";
import type { Caller } from "./actors/types";
import { bucketArn, kmsKeyArn, lambdaArn, logGroupArn, roleArn, trailArn } from "./arns";
import { bucketPolicy } from "./catalog/data";
import { DEMO_ACCOUNT_ID, SECOND } from "./constants";
import { assumedRole } from "./identities";
import { sessionKeyFrom } from "./ids";
import { inventory } from "./inventory";
import { IPS, ROLES, sessionArn } from "./principals";
import { Story, recordRes, res } from "./stories/kit";
import { isoSeconds } from "./time";
import { CONSOLE_UA, TERRAFORM } from "./user-agents";
import type { World } from "./world";

const MANAGEMENT = "management-events";
const EU = "eu-data-events";
const MANAGEMENT_BUCKET = `acme-cloudtrail-logs-${DEMO_ACCOUNT_ID}`;
const EU_BUCKET = `acme-eu-cloudtrail-data-${DEMO_ACCOUNT_ID}`;
const LOG_GROUP = "aws-cloudtrail-logs-management-events";

/** Fresh each call: the store may change a trail it was handed. */
const managementSelectors = (): EventSelector[] => [
  {
    ReadWriteType: "All",
    IncludeManagementEvents: true,
    DataResources: [],
    ExcludeManagementEventSources: [],
  },
];

const euSelectors = (): EventSelector[] => [
  {
    ReadWriteType: "All",
    IncludeManagementEvents: false,
    DataResources: [
      { Type: "AWS::S3::Object", Values: ["arn:aws:s3:::acme-eu-customer-exports/"] },
      { Type: "AWS::Lambda::Function", Values: [lambdaArn("eu-west-1", "gdpr-export")] },
    ],
    ExcludeManagementEventSources: [],
  },
];

const cloudTrailKey = () => {
  const key =
    inventory("us-east-1").kmsKeys.find((k) => k.name === "alias/cloudtrail") ??
    inventory("us-east-1").kmsKeys[0];
  return kmsKeyArn("us-east-1", key.id);
};

/**
 * The trails as they stand at the anchor: the management trail was stopped by the leaked
 * key and restarted by security; the EU trail has failed to deliver since its bucket
 * policy was replaced.
 */
export function trails(world: World): Trail[] {
  const t = world.timeline;
  return [
    {
      name: MANAGEMENT,
      homeRegion: "us-east-1",
      accountId: DEMO_ACCOUNT_ID,
      s3BucketName: MANAGEMENT_BUCKET,
      includeGlobalServiceEvents: true,
      isMultiRegionTrail: true,
      isOrganizationTrail: false,
      logFileValidationEnabled: true,
      cloudWatchLogsLogGroupArn: logGroupArn("us-east-1", LOG_GROUP),
      cloudWatchLogsRoleArn: roleArn("CloudTrailCloudWatchLogsRole"),
      kmsKeyId: cloudTrailKey(),
      isLogging: true,
      createdAt: t.managementTrailCreated,
      startLoggingTime: t.leakedKey.loggingRestarted,
      stopLoggingTime: t.leakedKey.loggingStopped,
      eventSelectors: managementSelectors(),
      insightSelectors: [
        { InsightType: "ApiCallRateInsight" },
        { InsightType: "ApiErrorRateInsight" },
      ],
      tags: [
        { Key: "Owner", Value: "security" },
        { Key: "Environment", Value: "prod" },
        { Key: "ManagedBy", Value: "terraform" },
      ],
    },
    {
      name: EU,
      homeRegion: "eu-west-1",
      accountId: DEMO_ACCOUNT_ID,
      s3BucketName: EU_BUCKET,
      s3KeyPrefix: "eu",
      includeGlobalServiceEvents: false,
      isMultiRegionTrail: false,
      isOrganizationTrail: false,
      logFileValidationEnabled: true,
      isLogging: true,
      createdAt: t.euTrailCreated,
      startLoggingTime: t.euTrailCreated + 9 * SECOND,
      latestDeliveryError: "AccessDenied",
      eventSelectors: euSelectors(),
      insightSelectors: [],
      tags: [
        { Key: "Owner", Value: "data-protection" },
        { Key: "Environment", Value: "prod" },
      ],
    },
  ];
}

/** API-shaped (camelCase) selectors, as CloudTrail records them in requestParameters. */
function recorded(selectors: EventSelector[]) {
  return selectors.map((s) => ({
    readWriteType: s.ReadWriteType,
    includeManagementEvents: s.IncludeManagementEvents,
    dataResources: (s.DataResources ?? []).map((d) => ({ type: d.Type, values: d.Values })),
    excludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
  }));
}

/** How the trails came to be: Terraform creates them; later a bucket policy breaks EU delivery. */
export function trailHistory(world: World): StoredEvent[] {
  const story = new Story(world, "trails");
  const [management, eu] = trails(world);
  for (const trail of [management, eu]) {
    const region = trail.homeRegion;
    const arn = trailArn(region, trail.name);
    const created = trail.createdAt;
    const atlantis: Caller = {
      identity: assumedRole(
        ROLES.terraform,
        "atlantis",
        sessionKeyFrom(story.rng),
        isoSeconds(created - 40 * SECOND),
      ),
      principalArn: sessionArn(ROLES.terraform, "atlantis"),
      ip: IPS.atlantis,
      userAgent: TERRAFORM,
      tls: "tls13",
    };
    const about = [res("AWS::CloudTrail::Trail", arn)];
    const settings = {
      name: trail.name,
      s3BucketName: trail.s3BucketName,
      ...(trail.s3KeyPrefix !== undefined && { s3KeyPrefix: trail.s3KeyPrefix }),
      includeGlobalServiceEvents: trail.includeGlobalServiceEvents,
      isMultiRegionTrail: trail.isMultiRegionTrail,
      ...(trail.cloudWatchLogsLogGroupArn !== undefined && {
        cloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn,
        cloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn,
      }),
      ...(trail.kmsKeyId !== undefined && { kmsKeyId: trail.kmsKeyId }),
      isOrganizationTrail: false,
    };
    story.call(atlantis, {
      time: created,
      region,
      source: "cloudtrail",
      name: "CreateTrail",
      readOnly: false,
      request: {
        ...settings,
        enableLogFileValidation: true,
        tagsList: trail.tags.map((tag) => ({ key: tag.Key, value: tag.Value })),
      },
      response: () => ({ ...settings, trailARN: arn, logFileValidationEnabled: true }),
      resources: [...about, res("AWS::S3::Bucket", trail.s3BucketName)],
    });
    const selectors = recorded(trail.eventSelectors ?? []);
    story.call(atlantis, {
      time: created + 3 * SECOND,
      region,
      source: "cloudtrail",
      name: "PutEventSelectors",
      readOnly: false,
      request: { trailName: trail.name, eventSelectors: selectors },
      response: () => ({ trailARN: arn, eventSelectors: selectors }),
      resources: about,
    });
    if (trail.insightSelectors.length > 0) {
      const insightSelectors = trail.insightSelectors.map((s) => ({ insightType: s.InsightType }));
      story.call(atlantis, {
        time: created + 5 * SECOND,
        region,
        source: "cloudtrail",
        name: "PutInsightSelectors",
        readOnly: false,
        request: { trailName: trail.name, insightSelectors },
        response: () => ({ trailARN: arn, insightSelectors }),
        resources: about,
      });
    }
    story.call(atlantis, {
      time: created + 9 * SECOND,
      region,
      source: "cloudtrail",
      name: "StartLogging",
      readOnly: false,
      request: { name: trail.name },
      resources: about,
    });
  }

  // Noah tightens the EU trail bucket's policy and, with it, drops CloudTrail's write access.
  const broken = world.timeline.euDeliveryBroken;
  const noah: Caller = {
    identity: assumedRole(
      ROLES.ssoAdmin,
      "noah.kim@acme-corp.example",
      sessionKeyFrom(story.rng),
      isoSeconds(broken - 41 * 60 * SECOND),
    ),
    principalArn: sessionArn(ROLES.ssoAdmin, "noah.kim@acme-corp.example"),
    ip: IPS.noahHome,
    userAgent: CONSOLE_UA,
    tls: "tls13",
    consoleSession: true,
  };
  story.call(noah, {
    time: broken,
    region: "eu-west-1",
    source: "s3",
    name: "PutBucketPolicy",
    readOnly: false,
    request: {
      bucketName: EU_BUCKET,
      Host: `${EU_BUCKET}.s3.eu-west-1.amazonaws.com`,
      policy: "",
      bucketPolicy: bucketPolicy(
        EU_BUCKET,
        "DataProtectionTeamOnly",
        roleArn(ROLES.ssoAdmin.name, "/aws-reserved/sso.amazonaws.com/"),
        ["s3:GetObject", "s3:ListBucket"],
      ),
    },
    resources: [res("AWS::S3::Bucket", EU_BUCKET)],
    recordResources: [recordRes("AWS::S3::Bucket", bucketArn(EU_BUCKET))],
  });
  return story.events;
}
