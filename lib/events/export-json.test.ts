import { describe, expect, it } from "vitest";

import { eventsToCloudTrailJson } from "./export-json";
import type { TrailEvent } from "./trail-event";

function event(id: string, record: Record<string, unknown>): TrailEvent {
  return {
    id,
    name: "GetObject",
    time: "2026-11-24T13:45:12.000Z",
    source: "s3.amazonaws.com",
    region: "us-east-1",
    resources: [],
    record,
  };
}

describe("eventsToCloudTrailJson", () => {
  it("writes CloudTrail's log file format with each full record, in order", () => {
    const first = {
      eventID: "e1",
      eventName: "GetObject",
      requestParameters: { bucketName: "logs", key: 'a "quoted" </script> key' },
      responseElements: null,
    };
    const second = { eventID: "e2", unparsed: "{not json" };
    const json = eventsToCloudTrailJson([event("e1", first), event("e2", second)]);
    expect(JSON.parse(json)).toEqual({ Records: [first, second] });
    expect(json.startsWith('{"Records":[')).toBe(true);
  });

  it("writes an empty Records list for no events", () => {
    expect(eventsToCloudTrailJson([])).toBe('{"Records":[]}');
  });
});
