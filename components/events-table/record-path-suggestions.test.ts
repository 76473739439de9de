import { describe, expect, it } from "vitest";

import type { TrailEvent } from "@/lib/events/trail-event";

import { recordPathSuggestions } from "./record-path-suggestions";

function event(record: Record<string, unknown>): TrailEvent {
  return {
    id: "e",
    name: "GetObject",
    time: "2026-11-24T13:45:12.000Z",
    source: "s3.amazonaws.com",
    region: "us-east-1",
    resources: [],
    record,
  };
}

describe("recordPathSuggestions", () => {
  it("offers leaf paths, most common first, without built-in or excluded columns", () => {
    const events = [
      event({
        eventName: "GetObject",
        requestParameters: { bucketName: "a", key: "k" },
        userIdentity: {
          type: "IAMUser",
          sessionContext: { attributes: { mfaAuthenticated: "false" } },
        },
        additionalEventData: { tags: ["x"] },
        responseElements: null,
      }),
      event({ eventName: "ListBuckets", requestParameters: { bucketName: "b" }, tlsDetails: {} }),
    ];
    expect(recordPathSuggestions(events, { exclude: ["requestParameters.key"] })).toEqual([
      "requestParameters.bucketName",
      "additionalEventData.tags",
      "userIdentity.sessionContext.attributes.mfaAuthenticated",
    ]);
  });

  it("skips keys that are not valid path names", () => {
    expect(recordPathSuggestions([event({ "odd key": 1, "a.b": 2, ok: 3 })])).toEqual(["ok"]);
  });

  it("reads at most a sample of the events, spread over all of them", () => {
    const events = Array.from({ length: 1000 }, (_, i) => event({ [`field${i}`]: i }));
    const suggestions = recordPathSuggestions(events, { sampleSize: 10 });
    expect(suggestions).toHaveLength(10);
    expect(suggestions).toContain("field900");
  });
});
