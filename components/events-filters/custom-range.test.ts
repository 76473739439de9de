import { describe, expect, it } from "vitest";

import { checkCustomRange, fromDateTimeLocal, toDateTimeLocal } from "./custom-range";

const now = Date.parse("2026-03-10T12:00:00Z");

describe("datetime-local values", () => {
  it("reads and writes UTC", () => {
    expect(fromDateTimeLocal("2026-03-01T10:05", "utc")).toBe(Date.parse("2026-03-01T10:05:00Z"));
    expect(fromDateTimeLocal("2026-03-01T10:05:30", "utc")).toBe(
      Date.parse("2026-03-01T10:05:30Z"),
    );
    expect(toDateTimeLocal(Date.parse("2026-03-01T10:05:59.999Z"), "utc")).toBe("2026-03-01T10:05");
  });

  it("reads and writes the local clock", () => {
    const ms = new Date(2026, 2, 1, 10, 5).getTime();
    expect(fromDateTimeLocal("2026-03-01T10:05", "local")).toBe(ms);
    expect(toDateTimeLocal(ms, "local")).toBe("2026-03-01T10:05");
  });

  it("rejects what is not a real date and time", () => {
    expect(fromDateTimeLocal("", "utc")).toBe(null);
    expect(fromDateTimeLocal("2026-02-31T10:00", "utc")).toBe(null);
    expect(fromDateTimeLocal("2026-02-31T10:00", "local")).toBe(null);
    expect(fromDateTimeLocal("yesterday", "utc")).toBe(null);
  });
});

describe("checkCustomRange", () => {
  it("accepts a range in the past", () => {
    expect(checkCustomRange("2026-03-09T00:00", "2026-03-10T00:00", "utc", now)).toEqual({
      start: Date.parse("2026-03-09T00:00:00Z"),
      end: Date.parse("2026-03-10T00:00:00Z"),
      fromError: null,
      toError: null,
      warning: null,
    });
  });

  it("requires both ends, in order", () => {
    expect(checkCustomRange("", "2026-03-10T00:00", "utc", now).fromError).toMatch(/starts/);
    expect(checkCustomRange("2026-03-10T00:00", "", "utc", now).toError).toMatch(/ends/);
    expect(checkCustomRange("2026-03-10T00:00", "2026-03-10T00:00", "utc", now).toError).toBe(
      "To must be later than From.",
    );
  });

  it("allows a few minutes of clock difference, not more", () => {
    expect(checkCustomRange("2026-03-10T11:00", "2026-03-10T12:04", "utc", now).toError).toBe(null);
    expect(checkCustomRange("2026-03-10T11:00", "2026-03-10T12:06", "utc", now).toError).toBe(
      "To is in the future.",
    );
    expect(checkCustomRange("2026-03-10T13:00", "2026-03-10T14:00", "utc", now).fromError).toBe(
      "From is in the future.",
    );
  });

  it("warns, without refusing, about a start older than CloudTrail's 90 days", () => {
    const check = checkCustomRange("2025-11-01T00:00", "2026-03-01T00:00", "utc", now);
    expect(check.fromError).toBe(null);
    expect(check.toError).toBe(null);
    expect(check.warning).toBe(
      "CloudTrail keeps 90 days of event history: nothing before 2025-12-10 12:00 UTC can be found.",
    );
  });
});
