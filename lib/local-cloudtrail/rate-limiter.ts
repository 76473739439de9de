import "server-only";

/**
 * CloudTrail allows LookupEvents 2 requests per second per account and region. A token
 * bucket per region, holding up to `rate` tokens, reproduces that: a burst of two passes,
 * a third within the same second is throttled.
 */
export class RegionRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly ratePerSecond: number) {}

  tryAcquire(region: string, now: number): boolean {
    const capacity = this.ratePerSecond;
    const bucket = this.buckets.get(region) ?? { tokens: capacity, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * this.ratePerSecond);
    bucket.updatedAt = now;
    this.buckets.set(region, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
