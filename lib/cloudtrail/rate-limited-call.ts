import "server-only";

import type { RateLimiter } from "./rate-limiter";

/** Errors worth another attempt: throttling (another client shares the limit) and transient faults. */
const TRANSIENT = new Set([
  "ThrottlingException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "InternalFailure",
  "InternalServerError",
  "ServiceUnavailable",
  "RequestTimeout",
  "TimeoutError",
  "ECONNRESET",
  "ETIMEDOUT",
]);

const MAX_ATTEMPTS = 5;

/**
 * Makes one CloudTrail call within a rate quota. Each attempt waits its turn at `limiter`
 * under `key`; a throttled or failed attempt is retried (up to five attempts, backing off),
 * so throttling only reaches the caller when retries run out.
 */
export async function rateLimitedCall<T>(
  limiter: RateLimiter,
  key: string,
  call: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await limiter.acquire(key, signal);
    try {
      return await call();
    } catch (error) {
      if (signal?.aborted || attempt >= MAX_ATTEMPTS || !TRANSIENT.has(errorName(error))) {
        throw error;
      }
      if (errorName(error) === "ThrottlingException") limiter.backOff(key);
      await sleep(Math.min(4000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2), signal);
    }
  }
}

function errorName(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (typeof code === "string" && TRANSIENT.has(code)) return code;
  return typeof name === "string" ? name : "";
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
