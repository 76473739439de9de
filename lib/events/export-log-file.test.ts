import { gunzipSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import { eventsToCloudTrailJson } from "./export-json";
import { eventsToLogFile, LOG_FILE_TYPE } from "./export-log-file";
import { parseLookupEvent } from "./parse-event";
import type { TrailEvent } from "./trail-event";

function event(record: Record<string, unknown>): TrailEvent {
  return parseLookupEvent({ CloudTrailEvent: JSON.stringify(record) });
}

async function gunzipped(blob: Blob): Promise<string> {
  return gunzipSync(Buffer.from(await blob.arrayBuffer())).toString("utf8");
}

describe("eventsToLogFile", () => {
  it("gzips the events' CloudTrail JSON, byte for byte", async () => {
    const events = [
      event({ eventID: "e1", eventName: "GetObject", requestParameters: { key: "é ☃ 🦀" } }),
      event({ eventID: "e2", eventName: "PutObject", responseElements: null }),
    ];
    const file = await eventsToLogFile(events);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(file.type).toBe(LOG_FILE_TYPE);
    expect(await gunzipped(file)).toBe(eventsToCloudTrailJson(events));
  });

  it("writes an empty Records list for no events", async () => {
    expect(await gunzipped(await eventsToLogFile([]))).toBe('{"Records":[]}');
  });

  it("keeps hidden characters as \\u escapes, which read back as the same values", async () => {
    const record = { eventID: "e1", userIdentity: { userName: "admin\u202Egnp.exe\u200B\u0000" } };
    const text = await gunzipped(await eventsToLogFile([event(record)]));
    expect(text).not.toMatch(/[\u202E\u200B\u0000]/);
    expect(JSON.parse(text)).toEqual({ Records: [record] });
  });

  it("compresses: a page of repetitive records takes a fraction of its text", async () => {
    const events = Array.from({ length: 500 }, (_, i) =>
      event({ eventID: `e${i}`, eventName: "DescribeInstances", eventSource: "ec2.amazonaws.com" }),
    );
    const file = await eventsToLogFile(events);
    expect(file.size).toBeLessThan(eventsToCloudTrailJson(events).length / 5);
  });
});
