import { describe, expect, it } from "vitest";

import type { Condition } from "@/lib/events/conditions";

import { putCondition, sameCondition } from "./condition-list";

const login: Condition = { field: "EventName", value: "ConsoleLogin" };
const denied: Condition = { field: "errorCode", value: "AccessDenied" };

describe("sameCondition", () => {
  it("compares values as the field does", () => {
    expect(sameCondition(login, { field: "EventName", value: "consolelogin" })).toBe(false);
    expect(sameCondition(denied, { field: "errorCode", value: "accessdenied" })).toBe(true);
    expect(sameCondition(denied, { field: "text", value: "AccessDenied" })).toBe(false);
  });
});

describe("putCondition", () => {
  it("adds at the end, but not a condition that is already there", () => {
    expect(putCondition([login], denied, null)).toEqual([login, denied]);
    expect(putCondition([login, denied], { field: "errorCode", value: "ACCESSDENIED" }, null)).toBe(
      null,
    );
  });

  it("replaces the edited condition in place", () => {
    const edited: Condition = { field: "Username", value: "ci-deployer" };
    expect(putCondition([login, denied], edited, 0)).toEqual([edited, denied]);
    // Saving an edit unchanged is not a duplicate of itself.
    expect(putCondition([login, denied], login, 0)).toEqual([login, denied]);
    expect(putCondition([login, denied], denied, 0)).toBe(null);
  });
});
