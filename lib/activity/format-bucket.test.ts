import { describe, expect, it } from "vitest";

import { bucketLayout } from "./bucket-size";
import { describeBasis, formatBucketSpan, formatBucketTick } from "./format-bucket";

describe("bucket labels", () => {
  const t = Date.parse("2026-11-24T13:45:10Z");
  it("shows as much of the time as the bucket width needs", () => {
    expect(formatBucketTick(t, 86_400_000, "utc")).toBe("11-24");
    expect(formatBucketTick(t, 3_600_000, "utc")).toBe("11-24 13:45");
    expect(formatBucketTick(t, 60_000, "utc")).toBe("13:45");
    expect(formatBucketTick(t, 10_000, "utc")).toBe("13:45:10");
  });

  it("writes a bucket's span, and the basis of a chart", () => {
    const layout = bucketLayout(
      Date.parse("2026-11-24T10:00:00Z"),
      Date.parse("2026-11-24T11:00:00Z"),
    );
    expect(formatBucketSpan(layout, 0, "utc")).toBe("2026-11-24 10:00:00 – 10:00:30");
    expect(
      describeBasis(
        12_345,
        { start: Date.parse("2026-11-24T10:00:00Z"), end: Date.parse("2026-11-24T11:00:00Z") },
        3,
        "utc",
      ),
    ).toBe("12,345 events, 2026-11-24 10:00 – 11:00 UTC, 3 regions");
    expect(describeBasis(1, { start: 0, end: 86_400_000 * 2 }, 1, "utc")).toBe(
      "1 event, 1970-01-01 00:00 – 1970-01-03 00:00 UTC, 1 region",
    );
  });
});
