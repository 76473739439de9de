import { beforeAll, describe, expect, it } from "vitest";

import type { StoredEvent } from "../../types";
import { generateEvents, seedTrails } from "../index";
import { CI_USER, CI_USER_ROTATED_KEY, USERS } from "../principals";
import { ANCHOR, DAY_MS, ninetyDays, timeOf } from "../test-support";
import { timeline } from "../timeline";
import { ESCALATION_ATTACKER, LEAKED_KEY_ATTACKER, ROOT_ATTACKER } from "./attackers";

let events: StoredEvent[];
const t = timeline(ANCHOR);

beforeAll(() => {
  events = ninetyDays().events;
});

const named = (name: string) => events.filter((e) => e.record.eventName === name);
const fromIp = (ip: string) => events.filter((e) => e.record.sourceIPAddress === ip);

describe("story 1: a leaked CI access key", () => {
  it("starts with GetCallerIdentity from a new address two days before the anchor", () => {
    const attacker = fromIp(LEAKED_KEY_ATTACKER.ip).sort((a, b) => timeOf(a) - timeOf(b));
    expect(attacker[0].record.eventName).toBe("GetCallerIdentity");
    expect(timeOf(attacker[0])).toBe(t.leakedKey.start);
    expect(ANCHOR - timeOf(attacker[0])).toBeGreaterThan(DAY_MS);
    expect(ANCHOR - timeOf(attacker[0])).toBeLessThan(3 * DAY_MS);
    expect(attacker.every((e) => e.record.userIdentity?.accessKeyId === CI_USER.accessKeyId)).toBe(
      true,
    );
    expect(attacker.every((e) => e.record.userAgent?.includes("kali"))).toBe(true);
    // The address never appears outside the story.
    const ciBefore = events.filter(
      (e) => e.record.userIdentity?.userName === "ci-deployer" && timeOf(e) < t.leakedKey.start,
    );
    expect(ciBefore.length).toBeGreaterThan(1_000);
    expect(ciBefore.some((e) => e.record.sourceIPAddress === LEAKED_KEY_ATTACKER.ip)).toBe(false);
  });

  it("meets a burst of AccessDenied in AWS's wording while enumerating", () => {
    const denied = fromIp(LEAKED_KEY_ATTACKER.ip).filter((e) => e.record.errorCode !== undefined);
    expect(denied.length).toBeGreaterThanOrEqual(10);
    const createUser = denied.find((e) => e.record.eventName === "CreateUser");
    expect(createUser?.record.errorCode).toBe("AccessDenied");
    expect(createUser?.record.errorMessage).toBe(
      "User: arn:aws:iam::123456789012:user/ci-deployer is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/backup-admin because no identity-based policy allows the iam:CreateUser action",
    );
    expect(
      denied.some(
        (e) =>
          e.record.errorCode === "Client.UnauthorizedOperation" &&
          e.record.eventName === "RunInstances",
      ),
    ).toBe(true);
    const recon = new Set(fromIp(LEAKED_KEY_ATTACKER.ip).map((e) => e.record.eventName));
    for (const name of [
      "ListUsers",
      "ListRoles",
      "ListBuckets",
      "DescribeInstances",
      "GetAccountAuthorizationDetails",
    ])
      expect(recon).toContain(name);
    const describeRegions = new Set(
      fromIp(LEAKED_KEY_ATTACKER.ip)
        .filter((e) => e.record.eventName === "DescribeInstances")
        .map((e) => e.record.awsRegion),
    );
    expect(describeRegions.size).toBeGreaterThanOrEqual(4);
  });

  it("blinds the management trail, and the trail's state matches the events", () => {
    const stop = named("StopLogging");
    expect(stop).toHaveLength(1);
    expect(stop[0].record.userIdentity?.accessKeyId).toBe(CI_USER.accessKeyId);
    expect(stop[0].record.sourceIPAddress).toBe(LEAKED_KEY_ATTACKER.ip);
    expect(stop[0].resources).toEqual([
      {
        type: "AWS::CloudTrail::Trail",
        name: "arn:aws:cloudtrail:us-east-1:123456789012:trail/management-events",
      },
    ]);
    const selectors = named("PutEventSelectors").find(
      (e) => e.record.sourceIPAddress === LEAKED_KEY_ATTACKER.ip,
    );
    expect(selectors?.record.requestParameters).toMatchObject({
      eventSelectors: [{ includeManagementEvents: false }],
    });
    const deleteTrail = named("DeleteTrail")[0];
    expect(deleteTrail.record.errorMessage).toContain(
      "with an explicit deny in a service control policy",
    );

    const [management] = seedTrails({ anchor: ANCHOR });
    expect(management.stopLoggingTime).toBe(timeOf(stop[0]));
    const restart = named("StartLogging").filter(
      (e) => e.record.userIdentity?.userName === USERS.sofia.userName,
    );
    expect(restart).toHaveLength(1);
    expect(management.startLoggingTime).toBe(timeOf(restart[0]));
    expect(management.isLogging).toBe(true);
  });

  it("is contained: the key is disabled, replaced, and Jenkins moves to the new key", () => {
    const disabled = named("UpdateAccessKey").find(
      (e) => e.record.requestParameters?.accessKeyId === CI_USER.accessKeyId,
    );
    expect(disabled?.record.requestParameters?.status).toBe("Inactive");
    const ci = events.filter(
      (e) =>
        e.record.userIdentity?.userName === "ci-deployer" &&
        e.record.sourceIPAddress === "198.51.100.40",
    );
    const quiet = ci.filter(
      (e) => timeOf(e) >= t.leakedKey.keyDeactivated && timeOf(e) < t.leakedKey.keyRotated,
    );
    expect(quiet).toEqual([]);
    const after = ci.filter((e) => timeOf(e) >= t.leakedKey.keyRotated);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((e) => e.record.userIdentity?.accessKeyId === CI_USER_ROTATED_KEY)).toBe(
      true,
    );
    expect(
      named("DeleteAccessKey").some(
        (e) => e.record.requestParameters?.accessKeyId === CI_USER.accessKeyId,
      ),
    ).toBe(true);
  });

  it("shows in an Insight on the role enumeration", () => {
    const insight = events.find(
      (e) =>
        e.record.eventCategory === "Insight" &&
        e.record.eventName === "ListAttachedRolePolicies" &&
        (e.record.insightDetails as { state: string }).state === "Start",
    );
    expect(insight).toBeDefined();
    expect(Math.abs(timeOf(insight as StoredEvent) - t.leakedKey.start)).toBeLessThan(5 * 60_000);
    const details = insight?.record.insightDetails as {
      insightContext: {
        attributions: { attribute: string; insight: { value: string; average: number }[] }[];
      };
    };
    const arns = details.insightContext.attributions.find((a) => a.attribute === "userIdentityArn");
    expect(arns?.insight[0].value).toBe(CI_USER.arn);
    expect(arns?.insight[0].average).toBeGreaterThan(5);
  });
});

describe("story 2: console sign-in from a new address, then privilege escalation", () => {
  it("signs Jordan in without MFA from an address he never used", () => {
    const logins = named("ConsoleLogin").filter(
      (e) => e.record.userIdentity?.userName === USERS.jordan.userName,
    );
    const usual = new Set(
      logins
        .filter((e) => timeOf(e) < t.privilegeEscalation.start)
        .map((e) => e.record.sourceIPAddress),
    );
    expect(usual.has(ESCALATION_ATTACKER.ip)).toBe(false);
    const intrusion = logins.filter((e) => e.record.sourceIPAddress === ESCALATION_ATTACKER.ip);
    expect(
      intrusion.map((e) => (e.record.responseElements as { ConsoleLogin: string }).ConsoleLogin),
    ).toEqual(["Failure", "Success"]);
    expect(intrusion.every((e) => e.record.additionalEventData?.MFAUsed === "No")).toBe(true);
  });

  it("creates an admin backdoor user and escalates, right after that sign-in", () => {
    const signIn = named("ConsoleLogin").find(
      (e) =>
        e.record.sourceIPAddress === ESCALATION_ATTACKER.ip &&
        (e.record.responseElements as { ConsoleLogin: string }).ConsoleLogin === "Success",
    ) as StoredEvent;
    const attaches = named("AttachUserPolicy").filter(
      (e) => timeOf(e) > timeOf(signIn) && timeOf(e) < timeOf(signIn) + 15 * 60_000,
    );
    expect(attaches.map((e) => e.record.requestParameters?.userName).sort()).toEqual([
      "jordan.lee",
      "svc-backup-sync",
    ]);
    for (const e of attaches) {
      expect(e.record.requestParameters?.policyArn).toBe(
        "arn:aws:iam::aws:policy/AdministratorAccess",
      );
      expect(e.record.userIdentity?.userName).toBe("jordan.lee");
      expect(e.record.sourceIPAddress).toBe(ESCALATION_ATTACKER.ip);
      expect(e.record.userIdentity?.sessionContext?.attributes?.mfaAuthenticated).toBe("false");
    }
    const steps = fromIp(ESCALATION_ATTACKER.ip).map((e) => e.record.eventName);
    for (const name of ["CreateUser", "CreateAccessKey", "CreateLoginProfile", "PutUserPolicy"])
      expect(steps).toContain(name);
    const key = named("CreateAccessKey").find(
      (e) => e.record.requestParameters?.userName === "svc-backup-sync",
    );
    expect(
      (key?.record.responseElements as { accessKey: { accessKeyId: string } }).accessKey
        .accessKeyId,
    ).toBe(ESCALATION_ATTACKER.backdoorUser.accessKeyId);
  });

  it("persists and exfiltrates with the backdoor key", () => {
    const ssh = named("AuthorizeSecurityGroupIngress").find(
      (e) => e.record.sourceIPAddress === ESCALATION_ATTACKER.ip,
    );
    expect(JSON.stringify(ssh?.record.requestParameters)).toContain('"cidrIp":"0.0.0.0/0"');
    expect(ssh?.record.requestParameters).toMatchObject({
      ipPermissions: { items: [{ fromPort: 22, toPort: 22 }] },
    });
    const share = named("ModifySnapshotAttribute")[0];
    expect(share.record.requestParameters).toMatchObject({
      createVolumePermission: { add: { items: [{ userId: ESCALATION_ATTACKER.externalAccount }] } },
    });
    expect(share.record.userIdentity?.accessKeyId).toBe(
      ESCALATION_ATTACKER.backdoorUser.accessKeyId,
    );
    const policy = named("PutBucketPolicy").find(
      (e) => e.record.userIdentity?.userName === "svc-backup-sync",
    );
    expect(JSON.stringify(policy?.record.requestParameters)).toContain(
      `arn:aws:iam::${ESCALATION_ATTACKER.externalAccount}:root`,
    );
    const later = events.filter(
      (e) =>
        e.record.userIdentity?.userName === "svc-backup-sync" &&
        timeOf(e) > t.privilegeEscalation.start + DAY_MS,
    );
    expect(later.length).toBeGreaterThan(5);
    expect(later.some((e) => e.record.eventName === "GetSecretValue")).toBe(true);
  });
});

describe("story 3: root without MFA", () => {
  it("signs root in without MFA from abroad after failed attempts, then disables defences", () => {
    const root = fromIp(ROOT_ATTACKER.ip);
    const logins = root.filter((e) => e.record.eventName === "ConsoleLogin");
    expect(
      logins.map((e) => (e.record.responseElements as { ConsoleLogin: string }).ConsoleLogin),
    ).toEqual(["Failure", "Failure", "Success"]);
    expect(
      logins.every(
        (e) =>
          e.record.userIdentity?.type === "Root" && e.record.additionalEventData?.MFAUsed === "No",
      ),
    ).toBe(true);
    const names = root.map((e) => e.record.eventName);
    for (const name of ["DeleteDetector", "ScheduleKeyDeletion", "CreateAccessKey"])
      expect(names).toContain(name);
    expect(root.find((e) => e.record.eventName === "DeleteDetector")?.record.awsRegion).toBe(
      "us-east-2",
    );
  });

  it("uses MFA for root from the day the owner enabled it", () => {
    const rootLogins = named("ConsoleLogin").filter(
      (e) =>
        e.record.userIdentity?.type === "Root" && e.record.sourceIPAddress !== ROOT_ATTACKER.ip,
    );
    const after = rootLogins.filter((e) => timeOf(e) > t.rootWithoutMfa.mfaEnabled);
    const before = rootLogins.filter((e) => timeOf(e) < t.rootWithoutMfa.mfaEnabled);
    expect(after.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);
    expect(after.every((e) => e.record.additionalEventData?.MFAUsed === "Yes")).toBe(true);
    expect(before.every((e) => e.record.additionalEventData?.MFAUsed === "No")).toBe(true);
    expect(named("EnableMFADevice").map(timeOf)).toEqual([t.rootWithoutMfa.mfaEnabled]);
  });

  it("leaves GuardDuty calls failing in us-east-2 until the detector is re-created", () => {
    const gap = events.filter(
      (e) =>
        e.record.eventSource === "guardduty.amazonaws.com" &&
        e.record.awsRegion === "us-east-2" &&
        timeOf(e) > t.rootWithoutMfa.detectorDeleted &&
        timeOf(e) < t.rootWithoutMfa.detectorRecreated &&
        e.record.requestParameters?.detectorId !== undefined,
    );
    expect(gap.length).toBeGreaterThan(0);
    expect(gap.every((e) => e.record.errorCode === "BadRequestException")).toBe(true);
    const recreated = named("CreateDetector")[0];
    expect(timeOf(recreated)).toBe(t.rootWithoutMfa.detectorRecreated);
    const afterwards = events.filter(
      (e) =>
        e.record.eventSource === "guardduty.amazonaws.com" &&
        e.record.awsRegion === "us-east-2" &&
        timeOf(e) > t.rootWithoutMfa.detectorRecreated,
    );
    expect(afterwards.every((e) => e.record.errorCode === undefined)).toBe(true);
  });
});

describe("scripted events", () => {
  it("keep the identifiers the README and later detections quote", () => {
    expect(CI_USER.accessKeyId).toBe("AKIARZ3PQX7MFZPLDA2V");
    expect(CI_USER_ROTATED_KEY).toBe("AKIARZ3PQX7MXPIBCI23");
    expect(ESCALATION_ATTACKER.backdoorUser.accessKeyId).toBe("AKIARZ3PQX7MA7JDLWBO");
    expect(ROOT_ATTACKER.rootAccessKey).toBe("AKIARZ3PQX7MO7EKGDO3");
    expect([LEAKED_KEY_ATTACKER.ip, ESCALATION_ATTACKER.ip, ROOT_ATTACKER.ip]).toEqual([
      "185.220.101.34",
      "146.70.199.24",
      "91.92.243.19",
    ]);
  });

  it("all lie before the anchor, so a top-up never repeats them", () => {
    const scripted = [
      ...fromIp(LEAKED_KEY_ATTACKER.ip),
      ...fromIp(ESCALATION_ATTACKER.laterIp),
      ...named("EnableMFADevice"),
    ];
    expect(scripted.every((e) => timeOf(e) < ANCHOR)).toBe(true);
    const afterAnchor = generateEvents({ anchor: ANCHOR, from: ANCHOR, to: ANCHOR + 2 * DAY_MS });
    expect(
      afterAnchor.some(
        (e) => e.record.eventCategory === "Insight" || e.record.eventName === "StopLogging",
      ),
    ).toBe(false);
  });

  it("keep their time of day whatever time the anchor has", () => {
    const other = ANCHOR + 7 * 3_600_000;
    const shifted = timeline(other);
    expect(new Date(shifted.leakedKey.start).toISOString().slice(11)).toBe(
      new Date(t.leakedKey.start).toISOString().slice(11),
    );
  });
});
