import { describe, expect, it } from "vitest";

import { loadEvent, loadEvents, loadRecords } from "@/lib/detections/testing/dataset";

import { trailEventFromRecord } from "./record-event";

describe("trailEventFromRecord", () => {
  it("reads an IAM user's API call from the S3 delivery format", () => {
    const event = loadEvent("stratus-red-team/aws.defense-evasion.cloudtrail-stop.json");
    expect(event).toMatchObject({
      id: "10163ed2-2253-469d-a5ee-cbc6651f8934",
      name: "StopLogging",
      time: "2024-07-31T13:06:24.000Z",
      source: "cloudtrail.amazonaws.com",
      region: "apiso-centralnorth-2r",
      username: "christophe",
      readOnly: false,
      accessKeyId: "AKIAGGWFBBHBE7D3M9WI",
      identityType: "IAMUser",
      identityArn: "arn:aws:iam::143434273843:user/christophe",
      sourceIp: "86.245.153.234",
      errorCode: undefined,
    });
    expect(event.record.requestParameters).toEqual({
      name: "stratus-red-team-ct-stop-trail-buykxbqejv",
    });
  });

  it("names root 'root' and leaves the empty key of a sign-in out", () => {
    const event = loadEvent(
      "aws-cloudtrail-user-guide/cloudtrail-event-reference-aws-console-sign-in-events__06.json",
    );
    expect(event.username).toBe("root");
    expect(event.accessKeyId).toBeUndefined();
    expect(event.identityArn).toBe("arn:aws:iam::111122223333:root");
  });

  it("names an assumed role by its session", () => {
    const event = loadEvents("stratus-red-team/aws.defense-evasion.organizations-leave.json").find(
      (e) => e.name === "LeaveOrganization",
    );
    expect(event?.identityType).toBe("AssumedRole");
    expect(event?.identityArn?.endsWith(`/${event?.username}`)).toBe(true);
    expect(event?.errorCode).toBe("AccessDenied");
    expect(event?.errorMessage).toBeTruthy();
  });

  it("lists the record's resources by ARN", () => {
    const event = loadEvent("aws-cloudtrail-user-guide/non-api-aws-service-events__01.json");
    expect(event.resources).toEqual([
      { type: "AWS::KMS::Key", name: "arn:aws:kms:us-east-2:123456789012:key/7944f0ec-EXAMPLE" },
    ]);
    expect(event.username).toBeUndefined();
  });

  it("reads one-record-per-line exports whose eventTime Logstash renamed", () => {
    const records = loadRecords(
      "otrf-security-datasets/ec2_proxy_s3_exfiltration_2020-09-14011940.json",
    );
    expect(records).toHaveLength(103);
    const event = trailEventFromRecord(records[0]);
    expect(event.time).toBe("2020-09-14T00:44:23.000Z");
    expect(event.readOnly).toBeUndefined();
  });

  it("keeps every record of the datasets, each with an id and a time", () => {
    for (const path of [
      "stratus-red-team/aws.credential-access.ec2-get-password-data.json",
      "aws-cloudtrail-user-guide/cloudtrail-log-file-examples__06.json",
    ]) {
      for (const event of loadEvents(path)) {
        expect(event.id).not.toBe("");
        expect(Number.isNaN(Date.parse(event.time))).toBe(false);
      }
    }
  });

  it("never throws on hostile records, leaving mistyped fields out", () => {
    const hostile: unknown[] = [
      {},
      { eventTime: "not a time", userIdentity: "root", resources: "arn" },
      { eventTime: 1e300, eventName: 42, readOnly: "true", resources: [null, 5, { ARN: 7 }] },
      { userIdentity: { type: "AssumedRole", arn: 12 }, eventID: ["x"] },
      { userIdentity: { type: "AssumedRole", arn: "arn:aws:sts::1:assumed-role/R/" } },
      null,
      [1, 2],
    ];
    for (const record of hostile) {
      const event = trailEventFromRecord(record as Record<string, unknown>);
      expect(event.time).toBe("1970-01-01T00:00:00.000Z");
      expect(typeof event.id).toBe("string");
      expect(typeof event.name).toBe("string");
      expect(event.readOnly).toBeUndefined();
      expect(event.resources).toEqual([]);
    }
  });
});
