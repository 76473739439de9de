import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  /** Starts `count` acquisitions and records when each is granted. */
  function grantTimes(limiter: RateLimiter, count: number, key = "us-east-1") {
    const times: number[] = [];
    for (let i = 0; i < count; i++) void limiter.acquire(key).then(() => times.push(Date.now()));
    return times;
  }

  it("lets a burst through at once, then one call per interval", async () => {
    const limiter = new RateLimiter(2, 2);
    const times = grantTimes(limiter, 6);
    await vi.advanceTimersByTimeAsync(3000);
    expect(times).toEqual([0, 0, 500, 1000, 1500, 2000]);
  });

  it("keeps each key to its own rate", async () => {
    const limiter = new RateLimiter(2, 1);
    const east = grantTimes(limiter, 3, "us-east-1");
    const west = grantTimes(limiter, 3, "us-west-2");
    await vi.advanceTimersByTimeAsync(2000);
    expect(east).toEqual([0, 500, 1000]);
    expect(west).toEqual([0, 500, 1000]);
  });

  it("gives a cancelled caller's turn to the next one", async () => {
    const limiter = new RateLimiter(2, 1);
    await limiter.acquire("k");
    const controller = new AbortController();
    const cancelled = limiter.acquire("k", controller.signal);
    const granted: number[] = [];
    void limiter.acquire("k").then(() => granted.push(Date.now()));
    controller.abort(new Error("gone"));
    await expect(cancelled).rejects.toThrow("gone");
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toEqual([500]);
    expect(limiter.waiting("k")).toBe(0);
  });

  it("rejects at once when the signal has already aborted", async () => {
    const limiter = new RateLimiter(2, 2);
    await expect(limiter.acquire("k", AbortSignal.abort(new Error("late")))).rejects.toThrow(
      "late",
    );
  });

  it("waits a full interval after CloudTrail throttled a call anyway", async () => {
    const limiter = new RateLimiter(2, 2);
    limiter.backOff("k");
    const times = grantTimes(limiter, 2, "k");
    await vi.advanceTimersByTimeAsync(2000);
    expect(times).toEqual([500, 1000]);
  });
});
