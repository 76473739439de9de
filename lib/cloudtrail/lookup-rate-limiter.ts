import "server-only";

/**
 * Spaces LookupEvents calls to CloudTrail's 2 per second per account and region, for the
 * whole server process: every user and tab waits its turn here instead of meeting
 * ThrottlingException from CloudTrail.
 */
const INTERVAL_MS = 500;

const holder = globalThis as typeof globalThis & { __trailscopeLookupSlots?: Map<string, number> };

export async function waitForLookupSlot(key: string, signal?: AbortSignal): Promise<void> {
  holder.__trailscopeLookupSlots ??= new Map();
  const slots = holder.__trailscopeLookupSlots;
  const now = Date.now();
  const slot = Math.max(now, slots.get(key) ?? 0);
  slots.set(key, slot + INTERVAL_MS);
  if (slot > now) await sleep(slot - now, signal);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
