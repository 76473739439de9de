import { describe, expect, it } from "vitest";

import { parseLookupEvent } from "./parse-event";
import { KEPT_DEPTH, TOO_DEEP } from "./record-depth";

describe("parseLookupEvent", () => {
  it("reads LookupEvents' fields and the record", () => {
    const event = parseLookupEvent({
      EventId: "e1",
      EventName: "StopLogging",
      EventTime: new Date("2026-11-24T10:00:00Z"),
      ReadOnly: "false",
      CloudTrailEvent: JSON.stringify({
        awsRegion: "us-east-1",
        userIdentity: { type: "IAMUser", arn: "arn:aws:iam::1:user/a" },
      }),
    });
    expect(event).toMatchObject({
      id: "e1",
      name: "StopLogging",
      time: "2026-11-24T10:00:00.000Z",
      readOnly: false,
      region: "us-east-1",
      identityArn: "arn:aws:iam::1:user/a",
    });
  });

  it("keeps a record that is not JSON, and a time that does not parse, without throwing", () => {
    expect(parseLookupEvent({ CloudTrailEvent: "{not json" }).record).toEqual({
      unparsed: "{not json",
    });
    const event = parseLookupEvent({
      CloudTrailEvent: JSON.stringify({ eventTime: "yesterday", userIdentity: "root" }),
    });
    expect(event.time).toBe("1970-01-01T00:00:00.000Z");
    expect(event.identityArn).toBeUndefined();
  });

  it("cuts a record nested 5,000 levels deep, and keeps its text to copy and export", () => {
    const text = `{"eventName":"PutBucketPolicy","requestParameters":${'{"a":'.repeat(5_000)}"bottom"${"}".repeat(5_000)}}`;
    const event = parseLookupEvent({ EventId: "e1", CloudTrailEvent: text });
    expect(event.name).toBe("PutBucketPolicy");
    expect(event.recordText).toBe(text);
    // The server sends events to the browser as JSON: the cut record must serialise.
    const serialised = JSON.stringify(event.record);
    expect(serialised).toContain(JSON.stringify(TOO_DEEP));
    expect(serialised.split('{"a":').length - 1).toBeLessThan(KEPT_DEPTH);
  });

  it("keeps no second copy of an ordinary record", () => {
    const event = parseLookupEvent({ CloudTrailEvent: JSON.stringify({ a: { b: { c: 1 } } }) });
    expect(event.recordText).toBeUndefined();
    expect("recordText" in event).toBe(false);
  });
});
