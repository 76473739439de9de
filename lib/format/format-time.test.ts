import { describe, expect, it } from "vitest";

import { formatTime } from "./format-time";

describe("formatTime", () => {
  it("writes an ISO instant or epoch milliseconds alike, in UTC", () => {
    expect(formatTime("2026-11-24T13:45:12.345Z", "utc")).toBe("2026-11-24 13:45:12");
    expect(formatTime(Date.parse("2026-11-24T13:45:12Z"), "utc")).toBe("2026-11-24 13:45:12");
  });

  it("gives back what it cannot read", () => {
    expect(formatTime("not a time", "utc")).toBe("not a time");
    expect(formatTime(Number.NaN, "utc")).toBe("NaN");
  });
});
