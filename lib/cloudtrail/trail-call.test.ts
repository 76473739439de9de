import { ThrottlingException } from "@aws-sdk/client-cloudtrail";
import { afterEach, describe, expect, it } from "vitest";

import { RateLimiter } from "./rate-limiter";
import { trailCall } from "./trail-call";

const holder = globalThis as typeof globalThis & {
  __trailscopeTrailLimiters?: { fast: RateLimiter; slow: RateLimiter };
};

afterEach(() => {
  delete holder.__trailscopeTrailLimiters;
});

describe("trailCall", () => {
  it("keeps DescribeTrails and GetTrailStatus to 10 calls a second, other trail calls to 1", async () => {
    let now = 0;
    holder.__trailscopeTrailLimiters = {
      fast: new RateLimiter(10, 10, () => now),
      slow: new RateLimiter(1, 1, () => now),
    };
    const done: string[] = [];
    const call = (operation: Parameters<typeof trailCall>[1]) =>
      trailCall("us-east-1", operation, async () => {
        done.push(operation);
      });
    await Promise.all(Array.from({ length: 10 }, () => call("GetTrailStatus")));
    expect(done).toHaveLength(10);

    await call("StopLogging");
    const second = call("StartLogging");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done.at(-1)).toBe("StopLogging");
    now += 1000;
    await second;
    expect(done.at(-1)).toBe("StartLogging");
  });

  it("retries a throttled call instead of passing ThrottlingException on", async () => {
    holder.__trailscopeTrailLimiters = {
      fast: new RateLimiter(10_000, 10_000),
      slow: new RateLimiter(10_000, 10_000),
    };
    let attempts = 0;
    const result = await trailCall("us-east-1", "DescribeTrails", async () => {
      attempts++;
      if (attempts === 1) {
        throw new ThrottlingException({ message: "Rate exceeded", $metadata: {} });
      }
      return "trails";
    });
    expect(result).toBe("trails");
    expect(attempts).toBe(2);
  });
});
