import "server-only";

/**
 * How long a trail read (DescribeTrails of a region, a trail's status, its selectors) is
 * reused. Brief: an admin should see a delivery error soon, but many users opening the
 * Trails page at once share one round of calls instead of each spending the quota.
 */
export const TRAIL_READ_TTL_MS = 10_000;

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

const holder = globalThis as typeof globalThis & { __trailscopeTrailReads?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  holder.__trailscopeTrailReads ??= new Map();
  return holder.__trailscopeTrailReads;
}

/**
 * The cached result of `load` for `key`, or a new one. A failed load is not kept, so the
 * next reader tries again.
 */
export function cachedTrailRead<T>(
  key: string,
  load: () => Promise<T>,
  now: number = Date.now(),
): Promise<T> {
  const cache = entries();
  const hit = cache.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { value, expires: now + TRAIL_READ_TTL_MS });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

/** Forgets every cached trail read: after a change, the next read shows it. */
export function forgetTrailReads(): void {
  entries().clear();
}
