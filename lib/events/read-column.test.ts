import { describe, expect, it } from "vitest";

import { compareSortValues, readColumn, readRecordPath, sortValue } from "./read-column";
import type { TrailEvent } from "./trail-event";

function event(overrides: Partial<TrailEvent> = {}): TrailEvent {
  return {
    id: "0d7e2c4a-1111-2222-3333-444455556666",
    name: "PutBucketPolicy",
    time: "2026-11-24T13:45:12.000Z",
    source: "s3.amazonaws.com",
    region: "us-east-1",
    username: "jordan.lee",
    readOnly: false,
    accessKeyId: "AKIARZ3PQX7MA7JDLWBO",
    resources: [
      { type: "AWS::S3::Bucket", name: "acme-prod-backups" },
      { type: "AWS::IAM::Policy", name: "" },
    ],
    identityType: "IAMUser",
    identityArn: "arn:aws:iam::123456789012:user/jordan.lee",
    sourceIp: "146.70.199.24",
    userAgent: "aws-cli/2.15.0",
    errorCode: "AccessDenied",
    record: {
      eventVersion: "1.09",
      recipientAccountId: "123456789012",
      requestParameters: {
        bucketName: "acme-prod-backups",
        policy: { Statement: [{ Effect: "Allow" }] },
        tags: ["a", "b"],
        count: 3,
        versioning: true,
      },
      responseElements: null,
      resources: [{ ARN: "arn:aws:s3:::acme-prod-backups" }],
    },
    ...overrides,
  };
}

describe("readColumn", () => {
  it("reads the built-in columns from the event's parsed fields", () => {
    const e = event();
    expect(readColumn(e, "eventTime")).toBe("2026-11-24T13:45:12.000Z");
    expect(readColumn(e, "eventName")).toBe("PutBucketPolicy");
    expect(readColumn(e, "username")).toBe("jordan.lee");
    expect(readColumn(e, "eventSource")).toBe("s3.amazonaws.com");
    expect(readColumn(e, "awsRegion")).toBe("us-east-1");
    expect(readColumn(e, "sourceIPAddress")).toBe("146.70.199.24");
    expect(readColumn(e, "errorCode")).toBe("AccessDenied");
    expect(readColumn(e, "resources")).toBe("AWS::S3::Bucket acme-prod-backups, AWS::IAM::Policy");
    expect(readColumn(e, "accessKeyId")).toBe("AKIARZ3PQX7MA7JDLWBO");
    expect(readColumn(e, "readOnly")).toBe("false");
    expect(readColumn(e, "userIdentity.type")).toBe("IAMUser");
    expect(readColumn(e, "userIdentity.arn")).toBe("arn:aws:iam::123456789012:user/jordan.lee");
    expect(readColumn(e, "userAgent")).toBe("aws-cli/2.15.0");
    expect(readColumn(e, "recipientAccountId")).toBe("123456789012");
  });

  it("reads empty text for built-in columns the event lacks", () => {
    const e = event({
      username: undefined,
      readOnly: undefined,
      accessKeyId: undefined,
      errorCode: undefined,
      sourceIp: undefined,
      resources: [],
      record: {},
    });
    for (const id of [
      "username",
      "readOnly",
      "accessKeyId",
      "errorCode",
      "sourceIPAddress",
      "resources",
      "recipientAccountId",
    ]) {
      expect(readColumn(e, id), id).toBe("");
    }
  });

  it("falls back to the record where LookupEvents leaves a field out", () => {
    const e = event({
      readOnly: undefined,
      accessKeyId: undefined,
      record: { readOnly: true, userIdentity: { accessKeyId: "ASIAEXAMPLE" } },
    });
    expect(readColumn(e, "readOnly")).toBe("true");
    expect(readColumn(e, "accessKeyId")).toBe("ASIAEXAMPLE");
  });

  it("reads any other ID as a record path: text as is, objects and arrays as compact JSON", () => {
    const e = event();
    expect(readColumn(e, "requestParameters.bucketName")).toBe("acme-prod-backups");
    expect(readColumn(e, "requestParameters.policy")).toBe('{"Statement":[{"Effect":"Allow"}]}');
    expect(readColumn(e, "requestParameters.tags")).toBe('["a","b"]');
    expect(readColumn(e, "requestParameters.count")).toBe("3");
    expect(readColumn(e, "requestParameters.versioning")).toBe("true");
    expect(readColumn(e, "resources.0.ARN")).toBe("arn:aws:s3:::acme-prod-backups");
    expect(readColumn(e, "eventVersion")).toBe("1.09");
  });

  it("reads a missing or null path as empty text", () => {
    const e = event();
    expect(readColumn(e, "requestParameters.nothing")).toBe("");
    expect(readColumn(e, "requestParameters.bucketName.deeper")).toBe("");
    expect(readColumn(e, "responseElements")).toBe("");
    expect(readColumn(e, "responseElements.x")).toBe("");
  });

  it("never reads inherited properties", () => {
    const e = event();
    expect(readColumn(e, "constructor")).toBe("");
    expect(readColumn(e, "__proto__")).toBe("");
    expect(readColumn(e, "requestParameters.toString")).toBe("");
    expect(readRecordPath(e.record, "requestParameters.hasOwnProperty")).toBeUndefined();
  });

  it("gives the same text again from its cache", () => {
    const e = event();
    const first = readColumn(e, "requestParameters.policy");
    expect(readColumn(e, "requestParameters.policy")).toBe(first);
  });
});

describe("sortValue", () => {
  it("sorts time chronologically, as a number", () => {
    const earlier = sortValue(event({ time: "2026-11-24T09:00:00.000Z" }), "eventTime");
    const later = sortValue(event({ time: "2026-11-24T10:00:00.000Z" }), "eventTime");
    expect(typeof earlier).toBe("number");
    expect(compareSortValues(earlier!, later!)).toBeLessThan(0);
  });

  it("is undefined for an empty value, so it can sort last", () => {
    expect(sortValue(event({ errorCode: undefined }), "errorCode")).toBeUndefined();
    expect(sortValue(event(), "requestParameters.missing")).toBeUndefined();
    expect(sortValue(event(), "errorCode")).toBe("AccessDenied");
  });
});

describe("compareSortValues", () => {
  it("compares text naturally and without regard to case", () => {
    const sorted = ["i-10", "bob", "Alice", "i-9", "alice2"].sort(compareSortValues);
    expect(sorted).toEqual(["Alice", "alice2", "bob", "i-9", "i-10"]);
  });
});
