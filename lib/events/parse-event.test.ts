import { describe, expect, it } from "vitest";

import { parseLookupEvent } from "./parse-event";

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
});
