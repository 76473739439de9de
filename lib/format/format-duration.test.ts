import { describe, expect, it } from "vitest";

import { formatAgo, formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("picks the unit that reads best", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(3 * 3_600_000)).toBe("3 h");
    expect(formatDuration(47 * 3_600_000)).toBe("47 h");
    expect(formatDuration(5 * 86_400_000)).toBe("5 d");
  });
});

describe("formatAgo", () => {
  it("says how long ago, or how far ahead a clock is", () => {
    expect(formatAgo(1_000_000 - 120_000, 1_000_000)).toBe("2 min ago");
    expect(formatAgo(1_000_000 + 180_000, 1_000_000)).toBe("in 3 min");
  });
});
