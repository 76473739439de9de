import "server-only";

import { getAppStore } from "@/lib/app-store/app-store";

/**
 * Slows password guessing: after 5 wrong passwords for one user name within 15 minutes, or
 * 20 from one address, sign-in waits until the oldest of them is 15 minutes old. Kept in the
 * store so a restart does not reset it.
 */
const WINDOW_MS = 15 * 60_000;
const LIMITS = { user: 5, ip: 20 } as const;

type Kind = keyof typeof LIMITS;

function keys(userName: string, ip: string | undefined): [Kind, string][] {
  const list: [Kind, string][] = [["user", `user:${userName.toLowerCase()}`]];
  if (ip) list.push(["ip", `ip:${ip}`]);
  return list;
}

/** Milliseconds until another attempt is allowed, or 0. */
export function signInWait(userName: string, ip: string | undefined, now = Date.now()): number {
  const store = getAppStore();
  store.prepare("DELETE FROM sign_in_failures WHERE at <= ?").run(now - WINDOW_MS);
  let wait = 0;
  for (const [kind, key] of keys(userName, ip)) {
    const rows = store
      .prepare("SELECT at FROM sign_in_failures WHERE key = ? ORDER BY at DESC LIMIT ?")
      .all(key, LIMITS[kind]) as { at: number }[];
    if (rows.length >= LIMITS[kind]) {
      wait = Math.max(wait, rows[rows.length - 1].at + WINDOW_MS - now);
    }
  }
  return wait;
}

export function recordSignInFailure(
  userName: string,
  ip: string | undefined,
  now = Date.now(),
): void {
  const insert = getAppStore().prepare("INSERT INTO sign_in_failures (key, at) VALUES (?, ?)");
  for (const [, key] of keys(userName, ip)) insert.run(key, now);
}

export function clearSignInFailures(userName: string): void {
  getAppStore()
    .prepare("DELETE FROM sign_in_failures WHERE key = ?")
    .run(`user:${userName.toLowerCase()}`);
}
