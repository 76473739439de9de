import { describe, expect, it } from "vitest";

import { recordDigest } from "../store/record-digest";
import { normalizeRecord, type NormalizedRecord } from "./normalize-record";

const RECORD = {
  eventVersion: "1.08",
  userIdentity: {
    type: "IAMUser",
    principalId: "AIDAEXAMPLE",
    arn: "arn:aws:iam::111122223333:user/alice",
    accountId: "111122223333",
    accessKeyId: "AKIAEXAMPLE",
    userName: "alice",
  },
  eventTime: "2024-03-06T21:22:54Z",
  eventSource: "s3.amazonaws.com",
  eventName: "PutBucketPolicy",
  awsRegion: "eu-west-1",
  sourceIPAddress: "203.0.113.7",
  userAgent: "aws-cli/2.15.0",
  requestParameters: { bucketName: "acme-logs", policy: { Statement: [{ Effect: "Allow" }] } },
  responseElements: null,
  additionalEventData: { bytesTransferredIn: 0, ratio: 0.25, flags: [true, false, null] },
  eventID: "3e3bcf5c-7a3a-4d2c-9a4e-0c7f1d1e2f3a",
  readOnly: false,
  resources: [
    { accountId: "111122223333", type: "AWS::S3::Bucket", ARN: "arn:aws:s3:::acme-logs" },
    { type: "AWS::S3::Object", ARNPrefix: "arn:aws:s3:::acme-logs/2024/" },
    { type: "AWS::S3::Object" },
    "not an entry",
  ],
  eventType: "AwsApiCall",
  recipientAccountId: "111122223333",
};

const text = (value: unknown) => JSON.stringify(value);
const withField = (field: string, value: unknown) => ({ ...RECORD, [field]: value });
const without = (field: keyof typeof RECORD) => {
  const copy: Record<string, unknown> = { ...RECORD };
  delete copy[field];
  return copy;
};

function loaded(result: NormalizedRecord) {
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result;
}

function reason(result: NormalizedRecord): string {
  if (result.ok) throw new Error("loaded, not rejected");
  return result.reason;
}

describe("normalizeRecord: what a bad record is", () => {
  it.each([
    ["cut short", '{"eventTime": "2024-03-06T21:22:54Z", "eventName": '],
    ["not JSON at all", "hello world"],
    ["a trailing comma", '{"eventName": "X",}'],
    ["two values", '{"a":1} {"b":2}'],
  ])("rejects text that is not JSON (%s)", (_, input) => {
    expect(reason(normalizeRecord(input, {}))).toMatch(/^not JSON: ./);
  });

  it.each([
    ["[]", "an array"],
    ["42", "a number"],
    ['"a string"', "a string"],
    ["null", "null"],
    ["true", "a boolean"],
  ])("rejects %s: not an object", (input, kind) => {
    expect(reason(normalizeRecord(input, {}))).toBe(`not a JSON object but ${kind}`);
  });

  it("rejects a record without eventTime", () => {
    expect(reason(normalizeRecord(text(without("eventTime")), {}))).toBe("no eventTime");
    expect(reason(normalizeRecord(text(withField("eventTime", null)), {}))).toBe("no eventTime");
  });

  it.each([
    ["yesterday", '"yesterday"'],
    ["2024-13-45T00:00:00Z", '"2024-13-45T00:00:00Z"'],
    ["2024-01-01T23:60:00Z", '"2024-01-01T23:60:00Z"'],
    ["2024-01-01", '"2024-01-01"'],
    ["2024-01-01 12:00:00", '"2024-01-01 12:00:00"'],
    ["Wed, 06 Mar 2024 21:22:54 GMT", '"Wed, 06 Mar 2024 21:22:54 GMT"'],
    ["", '""'],
    [1709760174, "1709760174"],
    [1709760174000, "1709760174000"],
    [{ date: "2024-03-06" }, '{"date":"2024-03-06"}'],
    [["2024-03-06T21:22:54Z"], '["2024-03-06T21:22:54Z"]'],
  ])("rejects eventTime %j: a time that does not parse", (time, shown) => {
    expect(reason(normalizeRecord(text(withField("eventTime", time)), {}))).toBe(
      `eventTime ${shown} is not a time such as 2024-01-31T12:00:00Z`,
    );
  });

  it.each(["2024-02-30T00:00:00Z", "2023-02-29T12:00:00Z", "2024-04-31T00:00:00Z"])(
    "rejects eventTime %s: a day the month does not have",
    (time) => {
      // Date.parse rolls these over into the next month; the record would then be stored
      // under a time its own eventTime does not say.
      expect(reason(normalizeRecord(text(withField("eventTime", time)), {}))).toBe(
        `eventTime "${time}" is not a time such as 2024-01-31T12:00:00Z`,
      );
    },
  );

  it("shortens a long bad value in the reason", () => {
    const long = `x${"y".repeat(200)}`;
    const message = reason(normalizeRecord(text(withField("eventTime", long)), {}));
    expect(message).toBe(
      `eventTime ${JSON.stringify(long).slice(0, 57)}… is not a time such as 2024-01-31T12:00:00Z`,
    );
  });

  it("shows hidden characters of a bad value as escapes", () => {
    expect(reason(normalizeRecord(text(withField("awsRegion", "us-east-1\n")), {}))).toBe(
      'awsRegion "us-east-1\\n" is not a region name such as us-east-1',
    );
  });

  it.each([undefined, "", 42, null, ["ConsoleLogin"]])(
    "rejects eventName %j: no eventName",
    (name) => {
      expect(reason(normalizeRecord(text(withField("eventName", name)), {}))).toBe("no eventName");
    },
  );

  it.each([undefined, "", 7])("rejects eventSource %j: no eventSource", (source) => {
    expect(reason(normalizeRecord(text(withField("eventSource", source)), {}))).toBe(
      "no eventSource",
    );
  });

  it("rejects a record without awsRegion when its file's place says none", () => {
    expect(reason(normalizeRecord(text(without("awsRegion")), {}))).toBe("no awsRegion");
    expect(reason(normalizeRecord(text(without("awsRegion")), { account: "111122223333" }))).toBe(
      "no awsRegion",
    );
  });

  it.each([
    ["US East", '"US East"'],
    ["us-east-1/../x", '"us-east-1/../x"'],
    ["useast1", '"useast1"'],
    ["", '""'],
    [null, "null"],
    [1, "1"],
  ])("rejects awsRegion %j: not a region name", (region, shown) => {
    expect(reason(normalizeRecord(text(withField("awsRegion", region)), {}))).toBe(
      `awsRegion ${shown} is not a region name such as us-east-1`,
    );
  });

  it.each([
    ["", '""'],
    [42, "42"],
    [null, "null"],
    [{ id: "x" }, '{"id":"x"}'],
  ])("rejects eventID %j: not an ID", (id, shown) => {
    expect(reason(normalizeRecord(text(withField("eventID", id)), {}))).toBe(
      `eventID ${shown} is not an ID`,
    );
  });

  it("rejects a record nested too deeply to store", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const input = `${text(RECORD).slice(0, -1)},"deep":${deep}}`;
    expect(reason(normalizeRecord(input, {}))).toBe("nested too deeply to store");
  });

  it.each(["eventTime", "awsRegion", "eventID"])(
    "rejects a record whose %s is nested too deeply to show, without throwing",
    (field) => {
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      const input = `${text(without(field as keyof typeof RECORD)).slice(0, -1)},"${field}":${deep}}`;
      expect(normalizeRecord(input, {})).toMatchObject({ ok: false });
    },
  );
});

describe("normalizeRecord: what is kept and what is added", () => {
  it("keeps a good record as it was, field for field and in its order", () => {
    const result = loaded(normalizeRecord(JSON.stringify(RECORD, null, 2), {}));
    expect(result.event.record).toEqual(RECORD);
    expect(result.event.recordJson).toBe(JSON.stringify(RECORD));
    expect(result.event.digest).toEqual(recordDigest(JSON.stringify(RECORD)));
    expect(result.time).toBe(Date.parse("2024-03-06T21:22:54Z"));
  });

  it("lists the record's resources entries that name a type and an ARN or ARN prefix", () => {
    expect(loaded(normalizeRecord(text(RECORD), {})).event.resources).toEqual([
      { type: "AWS::S3::Bucket", name: "arn:aws:s3:::acme-logs" },
      { type: "AWS::S3::Object", name: "arn:aws:s3:::acme-logs/2024/" },
    ]);
  });

  it("keeps the record's own account and region over its file's place", () => {
    const result = loaded(
      normalizeRecord(text(RECORD), { account: "999999999999", region: "ap-south-1" }),
    );
    expect(result.event.record).toEqual(RECORD);
  });

  it("fills a missing account and region from its file's place, and nothing else", () => {
    const source = without("awsRegion");
    delete source.recipientAccountId;
    const result = loaded(
      normalizeRecord(text(source), { account: "999999999999", region: "ap-south-1" }),
    );
    expect(result.event.record).toEqual({
      ...source,
      awsRegion: "ap-south-1",
      recipientAccountId: "999999999999",
    });
  });

  it.each([
    ["2020-09-14T00:44:23.000Z", "2020-09-14T00:44:23Z"],
    ["2020-09-14T00:44:23Z", "2020-09-14T00:44:23Z"],
    ["2020-09-14T00:44:23.120Z", "2020-09-14T00:44:23.120Z"],
    ["2020-09-14T02:44:23+02:00", "2020-09-14T00:44:23Z"],
  ])("makes eventTime from Logstash's @timestamp %s, keeping @timestamp", (stamp, eventTime) => {
    const source = { ...without("eventTime"), "@timestamp": stamp, "@version": "1" };
    const result = loaded(normalizeRecord(text(source), {}));
    expect(result.event.record).toEqual({ ...source, eventTime });
    expect(result.time).toBe(Date.parse(stamp));
  });

  it("makes eventTime from @timestamp when eventTime is there but null", () => {
    const source = { ...RECORD, eventTime: null, "@timestamp": "2020-09-14T00:44:23.000Z" };
    const result = loaded(normalizeRecord(text(source), {}));
    expect(result.event.record.eventTime).toBe("2020-09-14T00:44:23Z");
  });

  it("rejects a bad @timestamp as it rejects a bad eventTime", () => {
    const source = { ...without("eventTime"), "@timestamp": "yesterday" };
    expect(reason(normalizeRecord(text(source), {}))).toBe(
      'eventTime "yesterday" is not a time such as 2024-01-31T12:00:00Z',
    );
  });

  it("accepts the times CloudTrail and its tools write", () => {
    for (const time of [
      "2024-03-06T21:22:54Z",
      "2024-03-06T21:22:54.123Z",
      "2024-03-06T21:22:54.123456Z",
      "2024-03-06T23:22:54+02:00",
      "2024-02-29T00:00:00Z",
    ]) {
      const result = loaded(normalizeRecord(text(withField("eventTime", time)), {}));
      expect(result.event.record.eventTime).toBe(time);
      expect(result.time).toBe(Date.parse(time));
    }
  });

  it("reads a LookupEvents entry as the record in its CloudTrailEvent", () => {
    const entry = {
      EventId: RECORD.eventID,
      EventName: RECORD.eventName,
      ReadOnly: "false",
      EventTime: 1709760174,
      EventSource: RECORD.eventSource,
      Resources: [],
      CloudTrailEvent: JSON.stringify(RECORD),
    };
    const result = loaded(normalizeRecord(text(entry), {}));
    expect(result.event.record).toEqual(RECORD);
    expect(result.event.recordJson).toBe(JSON.stringify(RECORD));
  });

  it("rejects a LookupEvents entry whose CloudTrailEvent is not a record", () => {
    expect(reason(normalizeRecord(text({ EventId: "x", CloudTrailEvent: "{broken" }), {}))).toMatch(
      /^its CloudTrailEvent is not JSON: ./,
    );
    expect(reason(normalizeRecord(text({ EventId: "x", CloudTrailEvent: "[1]" }), {}))).toBe(
      "its CloudTrailEvent is not a JSON object but an array",
    );
  });

  it("reads a record that has a CloudTrailEvent field of its own as itself", () => {
    const source = { ...RECORD, CloudTrailEvent: "{}" };
    expect(loaded(normalizeRecord(text(source), {})).event.record).toEqual(source);
  });
});

describe("normalizeRecord: an eventID for a record without one", () => {
  const source = without("eventID");

  it("derives a UUID from the record's content, added after its fields", () => {
    const result = loaded(normalizeRecord(text(source), {}));
    const { eventID, ...rest } = result.event.record;
    expect(rest).toEqual(source);
    expect(Object.keys(result.event.record).at(-1)).toBe("eventID");
    expect(eventID).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("derives the same ID for the same record on every run, however it is formatted", () => {
    const first = loaded(normalizeRecord(text(source), {})).event;
    const again = loaded(normalizeRecord(JSON.stringify(source, null, 4), {})).event;
    expect(again.record.eventID).toBe(first.record.eventID);
    expect(again.digest).toEqual(first.digest);
    // Pinned, so a change to the derivation (which would load every archive a second time
    // into an existing store) cannot pass unnoticed.
    expect(first.record.eventID).toBe("7b9e8155-d08d-8578-8f8f-63548a66aa71");
  });

  it("derives different IDs for records that differ in anything, account from the path included", () => {
    const bare = { ...source };
    delete bare.recipientAccountId;
    const idOf = (record: unknown, account?: string) =>
      loaded(normalizeRecord(text(record), { account })).event.record.eventID;
    const ids = [
      idOf(bare),
      idOf({ ...bare, sourceIPAddress: "203.0.113.8" }),
      idOf(bare, "999999999999"),
      idOf(bare, "888888888888"),
    ];
    expect(new Set(ids).size).toBe(4);
  });

  it("keeps an eventID the record has, even one that is not a UUID", () => {
    const result = loaded(normalizeRecord(text(withField("eventID", "234f004b-EXAMPLE")), {}));
    expect(result.event.record.eventID).toBe("234f004b-EXAMPLE");
  });
});
