import "server-only";

import type { StoredEvent } from "../../types";
import type { Caller } from "../actors/types";
import { kmsKeyArn } from "../arns";
import { DEMO_ACCOUNT_ID, MINUTE, SECOND } from "../constants";
import { iamUserConsole, iamUserSignIn, rootConsole, rootSignIn } from "../identities";
import { sessionKeyFrom } from "../ids";
import { inventory } from "../inventory";
import { IPS, USERS } from "../principals";
import { isoSeconds, javaDate } from "../time";
import { BROWSERS, CONSOLE_UA } from "../user-agents";
import { DETECTOR_REGION, RECREATED_DETECTOR, type World } from "../world";
import { ROOT_ATTACKER } from "./attackers";
import { Story, recordRes, res } from "./kit";

const KEY_REGION = "us-west-2";
const MFA_DEVICE = `arn:aws:iam::${DEMO_ACCOUNT_ID}:mfa/root-account-mfa-device`;

/**
 * Story 3, sixteen days before the anchor: the root password (no MFA device yet) is
 * used from abroad before dawn. After two failed tries the intruder signs in, creates a
 * root access key, deletes GuardDuty's detector in us-east-2 and schedules the staging
 * KMS key for deletion. Next morning Sofia re-creates the detector and cancels the
 * deletion; the account owner deletes the root key and finally enables root MFA.
 */
export function rootWithoutMfa(world: World): StoredEvent[] {
  const t = world.timeline.rootWithoutMfa;
  const story = new Story(world, "root-without-mfa");
  const us = "us-east-1";

  story.login(t.start, rootSignIn(), ROOT_ATTACKER.ip, ROOT_ATTACKER.browser, false, false);
  story.login(
    t.start + 42 * SECOND,
    rootSignIn(),
    ROOT_ATTACKER.ip,
    ROOT_ATTACKER.browser,
    false,
    false,
  );
  const signedIn = t.start + 85 * SECOND;
  story.login(signedIn, rootSignIn(), ROOT_ATTACKER.ip, ROOT_ATTACKER.browser, true, false);

  const root: Caller = {
    identity: rootConsole(sessionKeyFrom(story.rng), isoSeconds(signedIn), false),
    principalArn: `arn:aws:iam::${DEMO_ACCOUNT_ID}:root`,
    ip: ROOT_ATTACKER.ip,
    userAgent: CONSOLE_UA,
    tls: "tls13",
    consoleSession: true,
  };
  story.call(root, {
    time: signedIn + 58 * SECOND,
    region: us,
    source: "iam",
    name: "GetAccountSummary",
    readOnly: true,
  });
  story.call(root, {
    time: signedIn + 91 * SECOND,
    region: us,
    source: "iam",
    name: "ListUsers",
    readOnly: true,
  });
  story.call(root, {
    time: signedIn + 3 * MINUTE + 12 * SECOND,
    region: us,
    source: "iam",
    name: "CreateAccessKey",
    readOnly: false,
    request: null,
    response: () => ({
      accessKey: {
        accessKeyId: ROOT_ATTACKER.rootAccessKey,
        status: "Active",
        createDate: javaDate(signedIn + 192 * SECOND),
      },
    }),
    resources: [res("AWS::IAM::AccessKey", ROOT_ATTACKER.rootAccessKey)],
  });

  const detector = inventory(DETECTOR_REGION).guardDutyDetector;
  const detectorRes = [res("AWS::GuardDuty::Detector", detector)];
  story.call(root, {
    time: t.detectorDeleted - 48 * SECOND,
    region: DETECTOR_REGION,
    source: "guardduty",
    name: "ListDetectors",
    readOnly: true,
  });
  story.call(root, {
    time: t.detectorDeleted,
    region: DETECTOR_REGION,
    source: "guardduty",
    name: "DeleteDetector",
    readOnly: false,
    request: { detectorId: detector },
    resources: detectorRes,
  });

  const key = inventory(KEY_REGION).kmsKeys[0];
  const keyArn = kmsKeyArn(KEY_REGION, key.id);
  const keyRes = {
    resources: [res("AWS::KMS::Key", keyArn)],
    recordResources: [recordRes("AWS::KMS::Key", keyArn)],
  };
  story.call(root, {
    time: t.keyDeletionScheduled - 106 * SECOND,
    region: KEY_REGION,
    source: "kms",
    name: "ListAliases",
    readOnly: true,
  });
  story.call(root, {
    time: t.keyDeletionScheduled - 33 * SECOND,
    region: KEY_REGION,
    source: "kms",
    name: "DisableKey",
    readOnly: false,
    request: { keyId: keyArn },
    ...keyRes,
  });
  story.call(root, {
    time: t.keyDeletionScheduled,
    region: KEY_REGION,
    source: "kms",
    name: "ScheduleKeyDeletion",
    readOnly: false,
    request: { keyId: keyArn, pendingWindowInDays: 7 },
    response: () => ({
      keyId: keyArn,
      deletionDate: javaDate(t.keyDeletionScheduled + 7 * 86_400_000),
      keyState: "PendingDeletion",
      pendingWindowInDays: 7,
    }),
    ...keyRes,
  });

  const sofiaSignIn = t.detectorRecreated - 9 * MINUTE - 3 * SECOND;
  story.login(
    sofiaSignIn,
    iamUserSignIn(USERS.sofia, false),
    IPS.milanOffice,
    BROWSERS.chromeLinux,
    true,
    true,
  );
  const sofia: Caller = {
    identity: iamUserConsole(USERS.sofia, sessionKeyFrom(story.rng), isoSeconds(sofiaSignIn), true),
    principalArn: USERS.sofia.arn,
    ip: IPS.milanOffice,
    userAgent: CONSOLE_UA,
    tls: "tls13",
    consoleSession: true,
  };
  // GuardDuty's console shows no detector: the old id is gone, the region lists none.
  story.call(sofia, {
    time: t.detectorRecreated - 2 * MINUTE - 14 * SECOND,
    region: DETECTOR_REGION,
    source: "guardduty",
    name: "GetDetector",
    readOnly: true,
    request: { detectorId: detector },
    error: {
      code: "BadRequestException",
      message:
        "The request is rejected because the input detectorId is not owned by the current account.",
    },
    resources: detectorRes,
  });
  story.call(sofia, {
    time: t.detectorRecreated - 61 * SECOND,
    region: DETECTOR_REGION,
    source: "guardduty",
    name: "ListDetectors",
    readOnly: true,
  });
  story.call(sofia, {
    time: t.detectorRecreated,
    region: DETECTOR_REGION,
    source: "guardduty",
    name: "CreateDetector",
    readOnly: false,
    request: {
      enable: true,
      findingPublishingFrequency: "FIFTEEN_MINUTES",
      clientToken: story.rng.uuid(),
    },
    response: () => ({ detectorId: RECREATED_DETECTOR }),
    resources: [res("AWS::GuardDuty::Detector", RECREATED_DETECTOR)],
  });
  story.call(sofia, {
    time: t.keyDeletionCancelled,
    region: KEY_REGION,
    source: "kms",
    name: "CancelKeyDeletion",
    readOnly: false,
    request: { keyId: keyArn },
    response: () => ({ keyId: keyArn }),
    ...keyRes,
  });
  story.call(sofia, {
    time: t.keyDeletionCancelled + 31 * SECOND,
    region: KEY_REGION,
    source: "kms",
    name: "EnableKey",
    readOnly: false,
    request: { keyId: keyArn },
    ...keyRes,
  });

  // The owner signs in from the office (still without MFA), removes the key, adds MFA.
  story.login(t.ownerSignIn, rootSignIn(), IPS.nyOffice, BROWSERS.chromeMac, true, false);
  const owner: Caller = {
    identity: rootConsole(sessionKeyFrom(story.rng), isoSeconds(t.ownerSignIn), false),
    principalArn: `arn:aws:iam::${DEMO_ACCOUNT_ID}:root`,
    ip: IPS.nyOffice,
    userAgent: CONSOLE_UA,
    tls: "tls13",
    consoleSession: true,
  };
  story.call(owner, {
    time: t.ownerSignIn + 70 * SECOND,
    region: us,
    source: "iam",
    name: "DeleteAccessKey",
    readOnly: false,
    request: { accessKeyId: ROOT_ATTACKER.rootAccessKey },
    resources: [res("AWS::IAM::AccessKey", ROOT_ATTACKER.rootAccessKey)],
  });
  story.call(owner, {
    time: t.mfaEnabled - 40 * SECOND,
    region: us,
    source: "iam",
    name: "CreateVirtualMFADevice",
    readOnly: false,
    request: { virtualMFADeviceName: "root-account-mfa-device", path: "/" },
    response: () => ({ virtualMFADevice: { serialNumber: MFA_DEVICE } }),
  });
  story.call(owner, {
    time: t.mfaEnabled,
    region: us,
    source: "iam",
    name: "EnableMFADevice",
    readOnly: false,
    request: { userName: "AWS ROOT USER", serialNumber: MFA_DEVICE },
  });
  return story.events;
}
