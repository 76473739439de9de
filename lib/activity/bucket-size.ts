const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Bucket widths a chart can use: each a whole unit a person reads at a glance. */
const STEPS = [
  10 * SECOND,
  30 * SECOND,
  MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
  7 * 24 * HOUR,
] as const;

/**
 * About this many bars at most: enough to see a burst, few enough to stay readable on a
 * laptop and well under the ~500 points a series may hold.
 */
export const TARGET_BUCKETS = 200;

export interface BucketLayout {
  /** Start of the first bucket (epoch ms), aligned to the bucket width in UTC. */
  start: number;
  /** Bucket width in ms. */
  size: number;
  count: number;
}

/** The narrowest step that covers [start, end] in at most TARGET_BUCKETS buckets. */
export function bucketLayout(start: number, end: number, target = TARGET_BUCKETS): BucketLayout {
  const span = Math.max(end - start, 1);
  const size = STEPS.find((step) => Math.ceil(span / step) + 1 <= target) ?? STEPS.at(-1)!;
  const first = Math.floor(start / size) * size;
  return { start: first, size, count: Math.max(1, Math.ceil((end - first) / size)) };
}

/** The bucket an instant falls in, or -1 outside the layout. */
export function bucketIndex(layout: BucketLayout, time: number): number {
  const index = Math.floor((time - layout.start) / layout.size);
  return index >= 0 && index < layout.count ? index : -1;
}

/** "10 seconds", "5 minutes", "1 hour", "1 day". */
export function describeBucketSize(size: number): string {
  const units: [number, string][] = [
    [7 * 24 * HOUR, "week"],
    [24 * HOUR, "day"],
    [HOUR, "hour"],
    [MINUTE, "minute"],
    [SECOND, "second"],
  ];
  for (const [unit, name] of units) {
    if (size % unit === 0) {
      const n = size / unit;
      return `${n} ${name}${n === 1 ? "" : "s"}`;
    }
  }
  return `${size} ms`;
}
