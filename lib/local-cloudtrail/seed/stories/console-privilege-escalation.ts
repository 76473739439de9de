import "server-only";

import type { StoredEvent } from "../../types";
import type { Caller } from "../actors/types";
import { awsPolicyArn, bucketArn, secretArn } from "../arns";
import { bucketPolicy } from "../catalog/data";
import { DAY, DEMO_ACCOUNT_ID, HOUR, MINUTE, SECOND } from "../constants";
import { iamUserConsole, iamUserSignIn, iamUserWithKey } from "../identities";
import { sessionKeyFrom } from "../ids";
import { inventory } from "../inventory";
import { USERS } from "../principals";
import { isoSeconds, javaDate } from "../time";
import { CONSOLE_UA } from "../user-agents";
import type { World } from "../world";
import { ESCALATION_ATTACKER as A } from "./attackers";
import { Story, recordRes, res } from "./kit";

const ADMIN = awsPolicyArn("AdministratorAccess");
const BACKDOOR_POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","ec2:*","kms:Decrypt","secretsmanager:GetSecretValue"],"Resource":"*"}]}';

/**
 * Story 2, nine days before the anchor: Jordan's console password (no MFA on his user)
 * is used from an unfamiliar address at night. The intruder creates a backdoor user with
 * AdministratorAccess, a key and a password, grants Jordan admin too, then with the new
 * key opens SSH to the world, shares an EBS snapshot and the backups bucket with an
 * outside account. Nobody notices: the backdoor is used again over the following days.
 */
export function consolePrivilegeEscalation(world: World): StoredEvent[] {
  const start = world.timeline.privilegeEscalation.start;
  const story = new Story(world, "console-privilege-escalation");
  const us = "us-east-1";
  const jordan = USERS.jordan;
  const backdoor = A.backdoorUser;
  const backdoorRes = res("AWS::IAM::User", backdoor.userName);

  story.login(start, iamUserSignIn(jordan, true), A.ip, A.browser, false, false);
  const signedIn = start + MINUTE + 17 * SECOND;
  story.login(signedIn, iamUserSignIn(jordan, false), A.ip, A.browser, true, false);

  const console: Caller = {
    identity: iamUserConsole(jordan, sessionKeyFrom(story.rng), isoSeconds(signedIn), false),
    principalArn: jordan.arn,
    ip: A.ip,
    userAgent: CONSOLE_UA,
    tls: "tls13",
    consoleSession: true,
  };
  let time = signedIn;
  const at = (seconds: number) => (time += seconds * SECOND);

  story.call(console, {
    time: at(33),
    region: us,
    source: "iam",
    name: "GetAccountSummary",
    readOnly: true,
  });
  story.call(console, {
    time: at(15),
    region: us,
    source: "iam",
    name: "ListUsers",
    readOnly: true,
  });
  story.call(console, {
    time: at(15),
    region: us,
    source: "iam",
    name: "ListRoles",
    readOnly: true,
  });
  story.call(console, {
    time: at(20),
    region: us,
    source: "iam",
    name: "ListAttachedUserPolicies",
    readOnly: true,
    request: { userName: jordan.userName },
    resources: [res("AWS::IAM::User", jordan.userName)],
  });
  story.call(console, {
    time: at(40),
    region: us,
    source: "iam",
    name: "CreateUser",
    readOnly: false,
    request: { userName: backdoor.userName, path: "/" },
    response: () => ({
      user: {
        path: "/",
        userName: backdoor.userName,
        userId: backdoor.principalId,
        arn: backdoor.arn,
        createDate: javaDate(time),
      },
    }),
    resources: [backdoorRes],
  });
  story.call(console, {
    time: at(30),
    region: us,
    source: "iam",
    name: "AttachUserPolicy",
    readOnly: false,
    request: { userName: backdoor.userName, policyArn: ADMIN },
    resources: [backdoorRes, res("AWS::IAM::Policy", ADMIN)],
  });
  story.call(console, {
    time: at(25),
    region: us,
    source: "iam",
    name: "CreateAccessKey",
    readOnly: false,
    request: { userName: backdoor.userName },
    response: () => ({
      accessKey: {
        accessKeyId: backdoor.accessKeyId,
        status: "Active",
        userName: backdoor.userName,
        createDate: javaDate(time),
      },
    }),
    resources: [backdoorRes, res("AWS::IAM::AccessKey", backdoor.accessKeyId)],
  });
  story.call(console, {
    time: at(35),
    region: us,
    source: "iam",
    name: "CreateLoginProfile",
    readOnly: false,
    request: { userName: backdoor.userName, passwordResetRequired: false },
    response: () => ({
      loginProfile: {
        userName: backdoor.userName,
        createDate: javaDate(time),
        passwordResetRequired: false,
      },
    }),
    resources: [backdoorRes],
  });
  story.call(console, {
    time: at(30),
    region: us,
    source: "iam",
    name: "PutUserPolicy",
    readOnly: false,
    request: {
      userName: backdoor.userName,
      policyName: "backup-sync-inline",
      policyDocument: BACKDOOR_POLICY,
    },
    resources: [backdoorRes],
  });
  story.call(console, {
    time: at(25),
    region: us,
    source: "iam",
    name: "AttachUserPolicy",
    readOnly: false,
    request: { userName: jordan.userName, policyArn: ADMIN },
    resources: [res("AWS::IAM::User", jordan.userName), res("AWS::IAM::Policy", ADMIN)],
  });

  const cli: Caller = {
    identity: iamUserWithKey(backdoor, backdoor.accessKeyId),
    principalArn: backdoor.arn,
    ip: A.ip,
    userAgent: A.cli,
    tls: "tls12",
  };
  const inv = inventory(us);
  const appSg = inv.securityGroups.find((g) => g.name === "prod-app-sg") ?? inv.securityGroups[0];
  const snapshot = inv.snapshots[1];
  story.call(cli, {
    time: at(150),
    region: us,
    source: "sts",
    name: "GetCallerIdentity",
    readOnly: true,
  });
  story.call(cli, {
    time: at(20),
    region: us,
    source: "ec2",
    name: "DescribeInstances",
    readOnly: true,
    request: { instancesSet: {}, filterSet: {} },
  });
  story.call(cli, {
    time: at(15),
    region: us,
    source: "ec2",
    name: "DescribeSecurityGroups",
    readOnly: true,
    request: { securityGroupSet: {}, securityGroupIdSet: {}, filterSet: {} },
  });
  const ruleId = `sgr-0${story.rng.hex(16)}`;
  story.call(cli, {
    time: at(25),
    region: us,
    source: "ec2",
    name: "AuthorizeSecurityGroupIngress",
    readOnly: false,
    request: {
      groupId: appSg.id,
      ipPermissions: {
        items: [
          {
            ipProtocol: "tcp",
            fromPort: 22,
            toPort: 22,
            groups: {},
            ipRanges: { items: [{ cidrIp: "0.0.0.0/0" }] },
            ipv6Ranges: {},
            prefixListIds: {},
          },
        ],
      },
    },
    response: (requestId) => ({
      requestId,
      _return: true,
      securityGroupRuleSet: {
        items: [
          {
            groupOwnerId: DEMO_ACCOUNT_ID,
            groupId: appSg.id,
            securityGroupRuleId: ruleId,
            isEgress: false,
            ipProtocol: "tcp",
            fromPort: 22,
            toPort: 22,
            cidrIpv4: "0.0.0.0/0",
          },
        ],
      },
    }),
    resources: [res("AWS::EC2::SecurityGroup", appSg.id)],
  });
  story.call(cli, {
    time: at(40),
    region: us,
    source: "ec2",
    name: "DescribeSnapshots",
    readOnly: true,
    request: {
      snapshotSet: {},
      ownersSet: { items: [{ owner: "self" }] },
      sharedUsersSet: {},
      filterSet: {},
    },
  });
  story.call(cli, {
    time: at(40),
    region: us,
    source: "ec2",
    name: "ModifySnapshotAttribute",
    readOnly: false,
    request: {
      snapshotId: snapshot,
      attributeType: "CREATE_VOLUME_PERMISSION",
      createVolumePermission: { add: { items: [{ userId: A.externalAccount }] } },
    },
    response: (requestId) => ({ requestId, _return: true }),
    resources: [res("AWS::EC2::Snapshot", snapshot)],
  });
  story.call(cli, {
    time: at(60),
    region: us,
    source: "s3",
    name: "ListBuckets",
    readOnly: true,
    request: { Host: "s3.amazonaws.com" },
  });
  const bucket = "acme-prod-backups";
  const bucketRes = {
    resources: [res("AWS::S3::Bucket", bucket)],
    recordResources: [recordRes("AWS::S3::Bucket", bucketArn(bucket))],
  };
  story.call(cli, {
    time: at(20),
    region: us,
    source: "s3",
    name: "GetBucketPolicy",
    readOnly: true,
    request: { bucketName: bucket, Host: `${bucket}.s3.us-east-1.amazonaws.com`, policy: "" },
    error: { code: "NoSuchBucketPolicy", message: "The bucket policy does not exist" },
    ...bucketRes,
  });
  story.call(cli, {
    time: at(40),
    region: us,
    source: "s3",
    name: "PutBucketPolicy",
    readOnly: false,
    request: {
      bucketName: bucket,
      Host: `${bucket}.s3.us-east-1.amazonaws.com`,
      policy: "",
      bucketPolicy: bucketPolicy(bucket, "BackupSync", `arn:aws:iam::${A.externalAccount}:root`, [
        "s3:GetObject",
        "s3:ListBucket",
      ]),
    },
    ...bucketRes,
  });

  aftermath(story, start);
  return story.events;
}

/** The backdoor in use over the following days, from the intruder's addresses. */
function aftermath(story: Story, start: number): void {
  const backdoor = A.backdoorUser;
  const us = "us-east-1";
  const cliFrom = (ip: string): Caller => ({
    identity: iamUserWithKey(backdoor, backdoor.accessKeyId),
    principalArn: backdoor.arn,
    ip,
    userAgent: A.cli,
    tls: "tls12",
  });
  const day1 = start + DAY + HOUR + 25 * MINUTE;
  story.call(cliFrom(A.ip), {
    time: day1,
    region: us,
    source: "sts",
    name: "GetCallerIdentity",
    readOnly: true,
  });
  story.call(cliFrom(A.ip), {
    time: day1 + 31 * SECOND,
    region: us,
    source: "s3",
    name: "ListBuckets",
    readOnly: true,
    request: { Host: "s3.amazonaws.com" },
  });
  story.call(cliFrom(A.ip), {
    time: day1 + 58 * SECOND,
    region: "eu-west-1",
    source: "ec2",
    name: "DescribeInstances",
    readOnly: true,
    request: { instancesSet: {}, filterSet: {} },
  });

  // Two days on, the backdoor's password is used in the console, for the payment secrets.
  const day2 = start + 2 * DAY + 18 * HOUR + 23 * MINUTE;
  story.login(day2, iamUserSignIn(backdoor, false), A.laterIp, A.browser, true, false);
  const console: Caller = {
    identity: iamUserConsole(backdoor, sessionKeyFrom(story.rng), isoSeconds(day2), false),
    principalArn: backdoor.arn,
    ip: A.laterIp,
    userAgent: CONSOLE_UA,
    tls: "tls13",
    consoleSession: true,
  };
  story.call(console, {
    time: day2 + 48 * SECOND,
    region: us,
    source: "secretsmanager",
    name: "ListSecrets",
    readOnly: true,
    request: { maxResults: 100 },
  });
  for (const [offset, name] of [
    [95, "prod/stripe/api-key"],
    [130, "prod/payments/db-credentials"],
  ] as const) {
    const arn = secretArn(us, name);
    story.call(console, {
      time: day2 + offset * SECOND,
      region: us,
      source: "secretsmanager",
      name: "GetSecretValue",
      readOnly: true,
      request: { secretId: arn },
      resources: [res("AWS::SecretsManager::Secret", arn)],
    });
  }

  const day5 = start + 5 * DAY + 20 * HOUR + 2 * MINUTE;
  story.call(cliFrom(A.laterIp), {
    time: day5,
    region: us,
    source: "sts",
    name: "GetCallerIdentity",
    readOnly: true,
  });
  story.call(cliFrom(A.laterIp), {
    time: day5 + 40 * SECOND,
    region: us,
    source: "ec2",
    name: "DescribeSnapshots",
    readOnly: true,
    request: {
      snapshotSet: {},
      ownersSet: { items: [{ owner: "self" }] },
      sharedUsersSet: {},
      filterSet: {},
    },
  });
}
