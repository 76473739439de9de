import "server-only";

/**
 * Keeps calls under one of CloudTrail's per-account, per-region rate quotas, for the whole
 * server process: every user, tab and scan takes its turn here instead of meeting
 * ThrottlingException. A token bucket (a burst of `burst` calls, then one every
 * 1/`ratePerSecond` s) with a first-come, first-served queue per key; a caller that gives
 * up (its signal aborts) leaves the queue and its turn goes to the next.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when the caller may send one call for `key`; rejects if `signal` aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const bucket = this.bucket(key);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: () => {} };
      waiter.onAbort = () => {
        const index = bucket.queue.indexOf(waiter);
        if (index >= 0) bucket.queue.splice(index, 1);
        reject(signal!.reason);
        this.pump(bucket);
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      bucket.queue.push(waiter);
      this.pump(bucket);
    });
  }

  /**
   * CloudTrail throttled a call for `key` anyway (another client shares the account's
   * limit): empty the bucket, so the next call waits a full interval.
   */
  backOff(key: string): void {
    const bucket = this.bucket(key);
    this.refill(bucket);
    bucket.tokens = Math.min(bucket.tokens, 0);
  }

  /** Callers waiting for `key`, for tests and diagnostics. */
  waiting(key: string): number {
    return this.buckets.get(key)?.queue.length ?? 0;
  }

  private bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.burst, updatedAt: this.now(), queue: [] };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private refill(bucket: Bucket): void {
    const now = this.now();
    const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.burst, bucket.tokens + elapsed * this.ratePerSecond);
    bucket.updatedAt = now;
  }

  private pump(bucket: Bucket): void {
    this.refill(bucket);
    while (bucket.queue.length > 0 && bucket.tokens >= 1) {
      bucket.tokens -= 1;
      const waiter = bucket.queue.shift()!;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve();
    }
    if (bucket.timer) clearTimeout(bucket.timer);
    bucket.timer = undefined;
    if (bucket.queue.length > 0) {
      const wait = Math.ceil(((1 - bucket.tokens) / this.ratePerSecond) * 1000);
      bucket.timer = setTimeout(() => this.pump(bucket), Math.max(1, wait));
    }
  }
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort: () => void;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  queue: Waiter[];
  timer?: ReturnType<typeof setTimeout>;
}
