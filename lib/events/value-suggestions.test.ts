import { describe, expect, it } from "vitest";

import type { TrailEvent } from "./trail-event";
import { countFieldValues, filterSuggestions } from "./value-suggestions";

function event(patch: Partial<TrailEvent>): TrailEvent {
  return {
    id: "id",
    name: "GetObject",
    time: "2026-01-01T00:00:00Z",
    source: "s3.amazonaws.com",
    region: "us-east-1",
    resources: [],
    record: {},
    ...patch,
  };
}

describe("countFieldValues", () => {
  it("counts each value, most frequent first and ties alphabetically", () => {
    const events = [
      event({ name: "ConsoleLogin" }),
      event({ name: "PutObject" }),
      event({ name: "ConsoleLogin" }),
      event({ name: "AssumeRole" }),
    ];
    expect(countFieldValues(events, "EventName")).toEqual([
      { value: "ConsoleLogin", count: 2 },
      { value: "AssumeRole", count: 1 },
      { value: "PutObject", count: 1 },
    ]);
  });

  it("counts an event once for a value it has twice, and skips events without the field", () => {
    const events = [
      event({
        resources: [
          { type: "AWS::S3::Bucket", name: "logs" },
          { type: "AWS::S3::Bucket", name: "data" },
        ],
      }),
      event({ resources: [{ type: "AWS::IAM::User", name: "alice" }] }),
      event({ resources: [] }),
    ];
    expect(countFieldValues(events, "ResourceType")).toEqual([
      { value: "AWS::IAM::User", count: 1 },
      { value: "AWS::S3::Bucket", count: 1 },
    ]);
    expect(
      countFieldValues([event({}), event({ errorCode: "AccessDenied" })], "errorCode"),
    ).toEqual([{ value: "AccessDenied", count: 1 }]);
  });

  it("always offers true and false for ReadOnly", () => {
    expect(
      countFieldValues([event({ readOnly: false }), event({ readOnly: false })], "ReadOnly"),
    ).toEqual([
      { value: "false", count: 2 },
      { value: "true", count: 0 },
    ]);
  });

  it("offers nothing for free text", () => {
    expect(countFieldValues([event({ record: { a: 1 } })], "text")).toEqual([]);
  });
});

describe("filterSuggestions", () => {
  const all = Array.from({ length: 30 }, (_, i) => ({ value: `Value${i}`, count: 30 - i }));

  it("keeps the top twenty when nothing is typed", () => {
    const top = filterSuggestions(all, "");
    expect(top).toHaveLength(20);
    expect(top[0]).toEqual({ value: "Value0", count: 30 });
  });

  it("keeps values containing what was typed, ignoring case, in count order", () => {
    expect(filterSuggestions(all, " value2").map((s) => s.value)).toEqual([
      "Value2",
      "Value20",
      "Value21",
      "Value22",
      "Value23",
      "Value24",
      "Value25",
      "Value26",
      "Value27",
      "Value28",
      "Value29",
    ]);
    expect(filterSuggestions(all, "nothing")).toEqual([]);
  });
});
