import { describe, expect, it } from "vitest";

import { bucketIndex, bucketLayout, describeBucketSize, TARGET_BUCKETS } from "./bucket-size";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const end = Date.parse("2026-11-24T15:37:21Z");

describe("bucketLayout", () => {
  it.each([
    ["15 minutes", 15 * 60_000, 10_000],
    ["1 hour", HOUR, 30_000],
    ["24 hours", DAY, 10 * 60_000],
    ["7 days", 7 * DAY, HOUR],
    ["90 days", 90 * DAY, 12 * HOUR],
  ])("picks a whole step for %s, under the target", (_, span, size) => {
    const layout = bucketLayout(end - span, end);
    expect(layout.size).toBe(size);
    expect(layout.count).toBeLessThanOrEqual(TARGET_BUCKETS);
    expect(layout.start % size).toBe(0);
    expect(layout.start).toBeLessThanOrEqual(end - span);
    expect(layout.start + layout.count * layout.size).toBeGreaterThanOrEqual(end);
  });

  it("never exceeds 500 points, even for a range of years", () => {
    expect(bucketLayout(end - 3 * 365 * DAY, end).count).toBeLessThanOrEqual(500);
  });
});

describe("bucketIndex", () => {
  const layout = bucketLayout(end - HOUR, end);
  it("places instants in their bucket and refuses those outside", () => {
    expect(bucketIndex(layout, layout.start)).toBe(0);
    expect(bucketIndex(layout, layout.start + layout.size - 1)).toBe(0);
    expect(bucketIndex(layout, layout.start + layout.size)).toBe(1);
    expect(bucketIndex(layout, layout.start - 1)).toBe(-1);
    expect(bucketIndex(layout, layout.start + layout.count * layout.size)).toBe(-1);
    expect(bucketIndex(layout, Number.NaN)).toBe(-1);
  });
});

describe("describeBucketSize", () => {
  it("says the width in the largest whole unit", () => {
    expect(describeBucketSize(10_000)).toBe("10 seconds");
    expect(describeBucketSize(60_000)).toBe("1 minute");
    expect(describeBucketSize(3 * HOUR)).toBe("3 hours");
    expect(describeBucketSize(DAY)).toBe("1 day");
  });
});
