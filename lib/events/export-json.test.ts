import { describe, expect, it } from "vitest";

import { eventsToCloudTrailJson } from "./export-json";
import { parseLookupEvent } from "./parse-event";
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

  it("writes hidden characters as \\u escapes: valid JSON with the same values", () => {
    const record = { eventID: "e1", userIdentity: { userName: "admin\u202Egnp.exe\u200B" } };
    const json = eventsToCloudTrailJson([event("e1", record)]);
    expect(json).toContain('"admin\\u202egnp.exe\\u200b"');
    expect(json).not.toMatch(/[\u202E\u200B]/);
    expect(JSON.parse(json)).toEqual({ Records: [record] });
  });

  it("writes a record cut for nesting too deeply whole, from its own text", () => {
    const levels = 5_000;
    const text = `{"eventID":"deep","requestParameters":${'{"a":'.repeat(levels)}"bottom"${"}".repeat(levels)}}`;
    const deep = parseLookupEvent({ EventId: "deep", CloudTrailEvent: text });
    const json = eventsToCloudTrailJson([event("e0", { eventID: "e0" }), deep]);
    const { Records } = JSON.parse(json) as { Records: Record<string, unknown>[] };
    expect(Records.map((record) => record.eventID)).toEqual(["e0", "deep"]);
    // Walk down without recursion: every level is there, and the value at the bottom.
    let node: unknown = Records[1].requestParameters;
    for (let i = 0; i < levels; i++) node = (node as { a: unknown }).a;
    expect(node).toBe("bottom");
  });
});
