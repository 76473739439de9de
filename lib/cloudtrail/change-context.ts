import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

import type { SessionUser } from "@/lib/auth/session-user";

/** One CloudTrail call made for a change, as the audit log keeps it. */
export interface RecordedCall {
  operation: string;
  region: string;
  requestId?: string;
  errorCode?: string;
}

interface ChangeContext {
  user: SessionUser;
  calls: RecordedCall[];
}

const storage = new AsyncLocalStorage<ChangeContext>();

/**
 * Runs a change on behalf of `user`. Every trail call made inside it, however deep, knows
 * whose change it is (to assume a role in their name) and leaves its request id for the
 * audit log, without threading either through every function between.
 */
export async function runAsChange<T>(
  user: SessionUser,
  change: () => Promise<T>,
): Promise<{
  calls: RecordedCall[];
  outcome: { ok: true; value: T } | { ok: false; error: unknown };
}> {
  const context: ChangeContext = { user, calls: [] };
  try {
    const value = await storage.run(context, change);
    return { calls: context.calls, outcome: { ok: true, value } };
  } catch (error) {
    return { calls: context.calls, outcome: { ok: false, error } };
  }
}

export function currentChange(): ChangeContext | undefined {
  return storage.getStore();
}

/** The request id of an SDK answer or failure. */
export function requestIdOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const metadata = (value as { $metadata?: { requestId?: unknown } }).$metadata;
  return typeof metadata?.requestId === "string" ? metadata.requestId : undefined;
}
