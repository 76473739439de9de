import "server-only";

import type { StoredEvent } from "../../types";
import type { Caller } from "../actors/types";
import { bucketArn, trailArn, userArn } from "../arns";
import { DEMO_ACCOUNT_ID, DEMO_REGIONS, MINUTE, SECOND } from "../constants";
import { accessDenied } from "../errors";
import { iamUserConsole, iamUserSignIn, iamUserWithKey } from "../identities";
import { sessionKeyFrom } from "../ids";
import { IAM_ROLES, inventory } from "../inventory";
import { CI_USER, CI_USER_ROTATED_KEY, IPS, USERS } from "../principals";
import { isoSeconds, javaDate } from "../time";
import { BROWSERS, CLI, CONSOLE_UA } from "../user-agents";
import type { World } from "../world";
import { LEAKED_KEY_ATTACKER } from "./attackers";
import { Story, recordRes, res } from "./kit";

export const MANAGEMENT_TRAIL_ARN = trailArn("us-east-1", "management-events");

const managementSelectors = () => [
  {
    readWriteType: "All",
    includeManagementEvents: true,
    dataResources: [],
    excludeManagementEventSources: [],
  },
];
const tamperedSelectors = () => [
  {
    readWriteType: "ReadOnly",
    includeManagementEvents: false,
    dataResources: [],
    excludeManagementEventSources: [],
  },
];

/**
 * Story 1, two days before the anchor: the CI user's access key leaks. Someone on a Tor
 * exit checks whose key it is, enumerates IAM, S3 and EC2 (meeting a wall of
 * AccessDenied), fails to create a user, then blinds the management trail: its event
 * selectors drop management events and logging stops; deleting it is refused by an SCP.
 * Security restores the trail and disables the key that morning; the key is replaced
 * that afternoon.
 */
export function leakedAccessKey(world: World): StoredEvent[] {
  const t = world.timeline.leakedKey;
  const story = new Story(world, "leaked-access-key");
  const key = CI_USER.accessKeyId ?? "";
  const attacker: Caller = {
    identity: iamUserWithKey(CI_USER, key),
    principalArn: CI_USER.arn,
    ip: LEAKED_KEY_ATTACKER.ip,
    userAgent: LEAKED_KEY_ATTACKER.userAgent,
    tls: "tls13",
  };
  const denied = (source: string, name: string, resource: string, readOnly = true) =>
    accessDenied(story.rng, `${source}.amazonaws.com`, name, CI_USER.arn, resource, readOnly);

  let time = t.start;
  const at = (seconds: number) => (time += seconds * SECOND);
  const us = "us-east-1";

  story.call(attacker, {
    time,
    region: us,
    source: "sts",
    name: "GetCallerIdentity",
    readOnly: true,
  });

  const ciUser = res("AWS::IAM::User", CI_USER.userName);
  for (const name of [
    "GetUser",
    "ListAttachedUserPolicies",
    "ListUserPolicies",
    "ListGroupsForUser",
  ]) {
    story.call(attacker, {
      time: at(7),
      region: us,
      source: "iam",
      name,
      readOnly: true,
      request: { userName: CI_USER.userName },
      error: denied("iam", name, CI_USER.arn),
      resources: [ciUser],
    });
  }
  story.call(attacker, {
    time: at(13),
    region: us,
    source: "iam",
    name: "GetAccountAuthorizationDetails",
    readOnly: true,
    request: { filter: ["User", "Role", "Group", "LocalManagedPolicy"] },
    error: denied("iam", "GetAccountAuthorizationDetails", "*"),
  });
  story.call(attacker, {
    time: at(6),
    region: us,
    source: "iam",
    name: "ListUsers",
    readOnly: true,
    error: denied("iam", "ListUsers", userArn("")),
  });
  story.call(attacker, {
    time: at(6),
    region: us,
    source: "iam",
    name: "ListRoles",
    readOnly: true,
  });

  // The enumeration tool walks every role's policies: the burst behind the IAM Insight.
  time = Math.ceil(time / MINUTE) * MINUTE + 2 * SECOND;
  for (const role of IAM_ROLES) {
    for (const name of ["ListAttachedRolePolicies", "ListRolePolicies"]) {
      story.call(attacker, {
        time: at(2),
        region: us,
        source: "iam",
        name,
        readOnly: true,
        request: { roleName: role },
        resources: [res("AWS::IAM::Role", role)],
      });
    }
  }

  story.call(attacker, {
    time: at(25),
    region: us,
    source: "s3",
    name: "ListBuckets",
    readOnly: true,
    request: { Host: "s3.amazonaws.com" },
  });
  const probes: [string, "ok" | "denied" | "none"][] = [
    ["acme-prod-backups", "denied"],
    [`acme-terraform-state-${DEMO_ACCOUNT_ID}`, "ok"],
    ["acme-prod-app-logs", "none"],
    [`acme-cloudtrail-logs-${DEMO_ACCOUNT_ID}`, "denied"],
  ];
  for (const [bucket, outcome] of probes) {
    story.call(attacker, {
      time: at(9),
      region: us,
      source: "s3",
      name: "GetBucketPolicy",
      readOnly: true,
      request: { bucketName: bucket, Host: `${bucket}.s3.amazonaws.com`, policy: "" },
      error:
        outcome === "denied"
          ? denied("s3", "GetBucketPolicy", bucketArn(bucket))
          : outcome === "none"
            ? { code: "NoSuchBucketPolicy", message: "The bucket policy does not exist" }
            : undefined,
      resources: [res("AWS::S3::Bucket", bucket)],
      recordResources: [recordRes("AWS::S3::Bucket", bucketArn(bucket))],
    });
  }

  story.call(attacker, {
    time: at(14),
    region: us,
    source: "ec2",
    name: "DescribeRegions",
    readOnly: true,
    request: { regionSet: {} },
  });
  for (const region of DEMO_REGIONS) {
    story.call(attacker, {
      time: at(8),
      region,
      source: "ec2",
      name: "DescribeInstances",
      readOnly: true,
      request: { instancesSet: {}, filterSet: {} },
    });
  }

  const walls: [string, string, string, Record<string, unknown> | null][] = [
    ["secretsmanager", "ListSecrets", "*", { maxResults: 100 }],
    ["ssm", "DescribeParameters", "*", { maxResults: 50 }],
    ["kms", "ListKeys", "*", null],
    [
      "guardduty",
      "ListDetectors",
      `arn:aws:guardduty:us-east-1:${DEMO_ACCOUNT_ID}:detector/*`,
      null,
    ],
    ["organizations", "DescribeOrganization", "*", null],
  ];
  for (const [source, name, resource, request] of walls) {
    story.call(attacker, {
      time: at(6),
      region: us,
      source,
      name,
      readOnly: true,
      request,
      error: denied(source, name, resource),
    });
  }

  story.call(attacker, {
    time: at(11),
    region: us,
    source: "iam",
    name: "CreateUser",
    readOnly: false,
    request: { userName: "backup-admin" },
    error: denied("iam", "CreateUser", userArn("backup-admin"), false),
    resources: [res("AWS::IAM::User", "backup-admin")],
  });
  story.call(attacker, {
    time: at(6),
    region: us,
    source: "iam",
    name: "CreateAccessKey",
    readOnly: false,
    request: { userName: USERS.alice.userName },
    error: denied("iam", "CreateAccessKey", USERS.alice.arn, false),
    resources: [res("AWS::IAM::User", USERS.alice.userName)],
  });

  story.call(attacker, {
    time: at(34),
    region: us,
    source: "lambda",
    name: "ListFunctions20150331",
    readOnly: true,
    request: { functionVersion: "ALL" },
  });
  story.call(attacker, {
    time: at(10),
    region: us,
    source: "lambda",
    name: "GetFunction20150331v2",
    readOnly: true,
    request: { functionName: "order-processor" },
    resources: [res("AWS::Lambda::Function", "order-processor")],
  });

  // Crypto-mining attempts in quiet regions; the CI user cannot launch instances.
  for (const region of ["ap-northeast-1", "us-west-2"]) {
    const inv = inventory(region);
    story.call(attacker, {
      time: at(region === "us-west-2" ? 7 : 45),
      region,
      source: "ec2",
      name: "RunInstances",
      readOnly: false,
      request: {
        instancesSet: { items: [{ imageId: inv.amis[1], minCount: 1, maxCount: 10 }] },
        instanceType: "p3.8xlarge",
        blockDeviceMapping: {},
        monitoring: { enabled: false },
        disableApiTermination: false,
        clientToken: story.rng.uuid(),
      },
      error: accessDenied(
        story.rng,
        "ec2.amazonaws.com",
        "RunInstances",
        CI_USER.arn,
        `arn:aws:ec2:${region}:${DEMO_ACCOUNT_ID}:instance/*`,
        false,
      ),
    });
  }

  const trailRes = [res("AWS::CloudTrail::Trail", MANAGEMENT_TRAIL_ARN)];
  time = t.eventSelectorsChanged - 39 * SECOND;
  story.call(attacker, {
    time,
    region: us,
    source: "cloudtrail",
    name: "DescribeTrails",
    readOnly: true,
    request: { trailNameList: [], includeShadowTrails: true },
  });
  story.call(attacker, {
    time: at(6),
    region: us,
    source: "cloudtrail",
    name: "GetTrailStatus",
    readOnly: true,
    request: { name: MANAGEMENT_TRAIL_ARN },
    resources: trailRes,
  });
  story.call(attacker, {
    time: at(7),
    region: us,
    source: "cloudtrail",
    name: "GetEventSelectors",
    readOnly: true,
    request: { trailName: MANAGEMENT_TRAIL_ARN },
    resources: trailRes,
  });
  story.call(attacker, {
    time: t.eventSelectorsChanged,
    region: us,
    source: "cloudtrail",
    name: "PutEventSelectors",
    readOnly: false,
    request: { trailName: "management-events", eventSelectors: tamperedSelectors() },
    response: () => ({ trailARN: MANAGEMENT_TRAIL_ARN, eventSelectors: tamperedSelectors() }),
    resources: trailRes,
  });
  story.call(attacker, {
    time: t.loggingStopped,
    region: us,
    source: "cloudtrail",
    name: "StopLogging",
    readOnly: false,
    request: { name: "management-events" },
    resources: trailRes,
  });
  story.call(attacker, {
    time: t.deleteTrailDenied,
    region: us,
    source: "cloudtrail",
    name: "DeleteTrail",
    readOnly: false,
    request: { name: "management-events" },
    error: accessDenied(
      story.rng,
      "cloudtrail.amazonaws.com",
      "DeleteTrail",
      CI_USER.arn,
      MANAGEMENT_TRAIL_ARN,
      false,
      {
        explicitDenyIn: "service control policy",
      },
    ),
    resources: trailRes,
  });
  // A last look from another exit node a few minutes later.
  const laterAttacker = { ...attacker, ip: LEAKED_KEY_ATTACKER.laterIp };
  story.call(laterAttacker, {
    time: t.deleteTrailDenied + 9 * MINUTE + 31 * SECOND,
    region: us,
    source: "sts",
    name: "GetCallerIdentity",
    readOnly: true,
  });
  story.call(laterAttacker, {
    time: t.deleteTrailDenied + 9 * MINUTE + 44 * SECOND,
    region: us,
    source: "ec2",
    name: "DescribeSecurityGroups",
    readOnly: true,
    request: { securityGroupSet: {}, securityGroupIdSet: {}, filterSet: {} },
  });

  respond(world, story);
  return story.events;
}

/** Sofia (security, Milan) answers the GuardDuty alert; Alice replaces the key that afternoon. */
function respond(world: World, story: Story): void {
  const t = world.timeline.leakedKey;
  const us = "us-east-1";
  const signIn = t.keyDeactivated - 13 * MINUTE - 10 * SECOND;
  const sofia: Caller = {
    identity: iamUserConsole(USERS.sofia, sessionKeyFrom(story.rng), isoSeconds(signIn), true),
    principalArn: USERS.sofia.arn,
    ip: IPS.milanOffice,
    userAgent: CONSOLE_UA,
    tls: "tls13",
    consoleSession: true,
  };
  story.login(
    signIn,
    iamUserSignIn(USERS.sofia, false),
    IPS.milanOffice,
    BROWSERS.chromeLinux,
    true,
    true,
  );
  const trailRes = [res("AWS::CloudTrail::Trail", MANAGEMENT_TRAIL_ARN)];
  const key = CI_USER.accessKeyId ?? "";
  story.call(sofia, {
    time: signIn + 2 * MINUTE + 41 * SECOND,
    region: us,
    source: "cloudtrail",
    name: "GetTrailStatus",
    readOnly: true,
    request: { name: MANAGEMENT_TRAIL_ARN },
    resources: trailRes,
  });
  story.call(sofia, {
    time: signIn + 4 * MINUTE + 9 * SECOND,
    region: us,
    source: "cloudtrail",
    name: "LookupEvents",
    readOnly: true,
    request: {
      lookupAttributes: [{ attributeKey: "AccessKeyId", attributeValue: key }],
      maxResults: 50,
    },
  });
  story.call(sofia, {
    time: signIn + 6 * MINUTE + 2 * SECOND,
    region: us,
    source: "cloudtrail",
    name: "LookupEvents",
    readOnly: true,
    request: {
      lookupAttributes: [{ attributeKey: "EventName", attributeValue: "StopLogging" }],
      maxResults: 50,
    },
  });
  story.call(sofia, {
    time: signIn + 9 * MINUTE + 30 * SECOND,
    region: us,
    source: "iam",
    name: "ListAccessKeys",
    readOnly: true,
    request: { userName: CI_USER.userName },
    resources: [res("AWS::IAM::User", CI_USER.userName)],
  });
  story.call(sofia, {
    time: t.keyDeactivated,
    region: us,
    source: "iam",
    name: "UpdateAccessKey",
    readOnly: false,
    request: { userName: CI_USER.userName, accessKeyId: key, status: "Inactive" },
    resources: [res("AWS::IAM::User", CI_USER.userName), res("AWS::IAM::AccessKey", key)],
  });
  story.call(sofia, {
    time: t.selectorsRestored,
    region: us,
    source: "cloudtrail",
    name: "PutEventSelectors",
    readOnly: false,
    request: { trailName: MANAGEMENT_TRAIL_ARN, eventSelectors: managementSelectors() },
    response: () => ({ trailARN: MANAGEMENT_TRAIL_ARN, eventSelectors: managementSelectors() }),
    resources: trailRes,
  });
  story.call(sofia, {
    time: t.loggingRestarted,
    region: us,
    source: "cloudtrail",
    name: "StartLogging",
    readOnly: false,
    request: { name: MANAGEMENT_TRAIL_ARN },
    resources: trailRes,
  });
  story.call(sofia, {
    time: t.loggingRestarted + 6 * MINUTE + 12 * SECOND,
    region: us,
    source: "guardduty",
    name: "ListFindings",
    readOnly: true,
    request: {
      detectorId: inventory(us).guardDutyDetector,
      findingCriteria: {
        criterion: {
          type: { eq: ["Stealth:IAMUser/CloudTrailLoggingDisabled", "PenTest:IAMUser/KaliLinux"] },
        },
      },
      maxResults: 50,
    },
    resources: [res("AWS::GuardDuty::Detector", inventory(us).guardDutyDetector)],
  });

  const alice: Caller = {
    identity: iamUserWithKey(USERS.alice, USERS.alice.accessKeyId ?? ""),
    principalArn: USERS.alice.arn,
    ip: IPS.nyOffice,
    userAgent: `${CLI.mac}iam.create-access-key`,
    tls: "tls13",
  };
  story.call(alice, {
    time: t.keyRotated,
    region: us,
    source: "iam",
    name: "CreateAccessKey",
    readOnly: false,
    request: { userName: CI_USER.userName },
    response: () => ({
      accessKey: {
        accessKeyId: CI_USER_ROTATED_KEY,
        status: "Active",
        userName: CI_USER.userName,
        createDate: javaDate(t.keyRotated),
      },
    }),
    resources: [
      res("AWS::IAM::User", CI_USER.userName),
      res("AWS::IAM::AccessKey", CI_USER_ROTATED_KEY),
    ],
  });
  story.call(
    { ...alice, userAgent: `${CLI.mac}iam.delete-access-key` },
    {
      time: t.oldKeyDeleted,
      region: us,
      source: "iam",
      name: "DeleteAccessKey",
      readOnly: false,
      request: { userName: CI_USER.userName, accessKeyId: key },
      resources: [res("AWS::IAM::User", CI_USER.userName), res("AWS::IAM::AccessKey", key)],
    },
  );
}
