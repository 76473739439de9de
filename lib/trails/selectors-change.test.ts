import { describe, expect, it } from "vitest";

import { DEFAULT_BASIC_SELECTOR, type EventSelectors } from "./event-selectors";
import { eventSelectorsChange, eventSelectorsJson, insightTypesChange } from "./selectors-change";

const DEFAULT: EventSelectors = { kind: "basic", selectors: [DEFAULT_BASIC_SELECTOR] };

describe("eventSelectorsChange", () => {
  it("shows both sides in words and the JSON lines that change", () => {
    const after: EventSelectors = {
      kind: "basic",
      selectors: [
        { ...DEFAULT_BASIC_SELECTOR, excludeManagementEventSources: ["kms.amazonaws.com"] },
      ],
    };
    const change = eventSelectorsChange(DEFAULT, after);
    expect(change.changed).toBe(true);
    expect(change.before).toEqual(["All management events (read and write)"]);
    expect(change.after).toEqual(["All management events (read and write), excluding KMS"]);
    expect(change.diff.filter((line) => line.kind !== "unchanged")).toEqual([
      { kind: "removed", text: '      "excludeManagementEventSources": [],' },
      { kind: "added", text: '      "excludeManagementEventSources": [' },
      { kind: "added", text: '        "kms.amazonaws.com"' },
      { kind: "added", text: "      ]," },
    ]);
    expect(change.diff[0]).toEqual({ kind: "unchanged", text: "{" });
  });

  it("finds no change when only the order of operators differs", () => {
    const selectors = (first: "equals" | "notEquals"): EventSelectors => ({
      kind: "advanced",
      selectors: [
        {
          fieldSelectors: [
            first === "equals"
              ? { field: "eventName", equals: ["A"], notEquals: ["B"] }
              : { field: "eventName", notEquals: ["B"], equals: ["A"] },
          ],
        },
      ],
    });
    const change = eventSelectorsChange(selectors("equals"), selectors("notEquals"));
    expect(change.changed).toBe(false);
    expect(change.diff.every((line) => line.kind === "unchanged")).toBe(true);
  });

  it("writes the JSON as CloudTrail records the request, per kind", () => {
    expect(JSON.parse(eventSelectorsJson(DEFAULT))).toEqual({
      eventSelectors: [
        {
          readWriteType: "All",
          includeManagementEvents: true,
          excludeManagementEventSources: [],
          dataResources: [],
        },
      ],
    });
    expect(
      JSON.parse(
        eventSelectorsJson({
          kind: "advanced",
          selectors: [
            { name: "M", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
          ],
        }),
      ),
    ).toEqual({
      advancedEventSelectors: [
        { name: "M", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
      ],
    });
  });
});

describe("insightTypesChange", () => {
  it("shows Insights turned off", () => {
    const change = insightTypesChange(["ApiCallRateInsight", "ApiErrorRateInsight"], []);
    expect(change.changed).toBe(true);
    expect(change.before).toEqual(["API call rate and API error rate Insights"]);
    expect(change.after).toEqual(["Insights off"]);
    expect(change.diff.filter((line) => line.kind === "added")).toEqual([
      { kind: "added", text: '  "insightSelectors": []' },
    ]);
  });

  it("ignores the order of the types", () => {
    expect(
      insightTypesChange(
        ["ApiErrorRateInsight", "ApiCallRateInsight"],
        ["ApiCallRateInsight", "ApiErrorRateInsight"],
      ).changed,
    ).toBe(false);
  });
});
