import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this dashboard with its view", () => {
    expect(safeReturnPath("/events?f=Username:root&range=24h#x")).toBe(
      "/events?f=Username:root&range=24h#x",
    );
    expect(safeReturnPath("/trails/us-east-1/audit")).toBe("/trails/us-east-1/audit");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "javascript:alert(1)",
    "/\tjavascript:alert(1)",
    "/events\nSet-Cookie: x",
    "events",
    "/sign-in?returnTo=/",
    "/" + "a".repeat(2000),
  ])("sends %j to the Overview instead", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("ignores anything but a string", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(["/events"])).toBe("/");
  });
});
