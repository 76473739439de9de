import { describe, expect, it } from "vitest";

import { loadEventsView } from "@/lib/view/events-view";

import { bucketLayout } from "./bucket-size";
import { drillIntoBucket, drillIntoValue, withCondition } from "./drill-down";

const view = loadEventsView(
  new URLSearchParams("f=EventName:ConsoleLogin&f=userAgent:aws-cli&regions=all"),
);

describe("drill-down", () => {
  it("adds a condition, replacing one on the same field", () => {
    expect(withCondition(view, { field: "EventName", value: "StopLogging" }).f).toEqual([
      { field: "userAgent", value: "aws-cli" },
      { field: "EventName", value: "StopLogging" },
    ]);
    expect(drillIntoValue(view, "source", "iam.amazonaws.com")?.f).toContainEqual({
      field: "EventSource",
      value: "iam.amazonaws.com",
    });
  });

  it("maps each dimension's values to the view", () => {
    expect(drillIntoValue(view, "region", "eu-west-1")).toEqual({ regions: ["eu-west-1"] });
    expect(drillIntoValue(view, "access", "Write")?.f).toContainEqual({
      field: "ReadOnly",
      value: "false",
    });
    expect(drillIntoValue(view, "outcome", "Failure")).toEqual({ failures: true });
    expect(drillIntoValue(view, "outcome", "Success")?.f).toContainEqual({
      field: "outcome",
      value: "success",
    });
    expect(drillIntoValue(view, "user", "(none)")).toBeNull();
    expect(drillIntoValue(view, "name", "Other")).toBeNull();
  });

  it("turns a bucket into an absolute time range", () => {
    const layout = bucketLayout(
      Date.parse("2026-11-24T10:00:00Z"),
      Date.parse("2026-11-24T11:00:00Z"),
    );
    expect(drillIntoBucket(layout, 2)).toEqual({
      from: new Date("2026-11-24T10:01:00Z"),
      to: new Date("2026-11-24T10:01:30Z"),
    });
  });
});
