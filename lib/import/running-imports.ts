import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import type { ImportProgress } from "@/lib/import/import-report";

/**
 * The imports running in this process, by the user who started them and the id their page
 * gave. Browsers read an HTTP/1.1 answer only once they have sent the whole request, so a
 * page learns an upload's counts while it is still sending by asking for them here.
 */
type Running = Map<string, () => ImportProgress>;

// One map per process, whatever number of route bundles evaluate this module.
const holder = globalThis as typeof globalThis & { __trailscopeRunningImports?: Running };

function running(): Running {
  holder.__trailscopeRunningImports ??= new Map();
  return holder.__trailscopeRunningImports;
}

const IMPORT_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Whether a page's id for its import is well-formed (a UUID is). */
export function isImportId(id: string | null): id is string {
  return id !== null && IMPORT_ID.test(id);
}

function key(user: SessionUser, id: string): string {
  return `${user.method}:${user.subject}:${id}`;
}

/** Lists an import until the returned function is called. */
export function registerImport(
  user: SessionUser,
  id: string,
  progress: () => ImportProgress,
): () => void {
  const name = key(user, id);
  running().set(name, progress);
  return () => {
    if (running().get(name) === progress) running().delete(name);
  };
}

/** The progress of one of the user's own running imports, or undefined. */
export function runningImportProgress(user: SessionUser, id: string): ImportProgress | undefined {
  return running().get(key(user, id))?.();
}
