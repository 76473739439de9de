import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { getAppStore } from "@/lib/app-store/app-store";

import { isRole } from "./roles";
import type { SessionUser } from "./session-user";

/**
 * Sessions live on the server: the cookie carries only a random token, and the store keeps
 * its SHA-256, so signing out ends a session everywhere at once and a copy of the store
 * holds nothing a browser could present.
 */
export interface Session {
  user: SessionUser;
  expiresAt: number;
}

interface SessionRow {
  user_name: string;
  role: string;
  method: string;
  subject: string;
  expires_at: number;
}

const TOKEN = /^[\w-]{43}$/;

export function createSession(
  user: SessionUser,
  lifetimeMs: number,
  now = Date.now(),
): { token: string; expiresAt: number } {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = now + lifetimeMs;
  const store = getAppStore();
  store.prepare("DELETE FROM sessions WHERE expires_at <= ?").run(now);
  store
    .prepare(
      "INSERT INTO sessions (token_hash, user_name, role, method, subject, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .run(hashToken(token), user.name, user.role, user.method, user.subject, now, expiresAt);
  return { token, expiresAt };
}

export function readSession(token: string | undefined, now = Date.now()): Session | undefined {
  if (!token || !TOKEN.test(token)) return undefined;
  const row = getAppStore()
    .prepare(
      "SELECT user_name, role, method, subject, expires_at FROM sessions WHERE token_hash = ?",
    )
    .get(hashToken(token)) as SessionRow | undefined;
  if (!row || row.expires_at <= now || !isRole(row.role)) return undefined;
  if (row.method !== "password" && row.method !== "oidc") return undefined;
  return {
    user: { name: row.user_name, role: row.role, method: row.method, subject: row.subject },
    expiresAt: row.expires_at,
  };
}

export function deleteSession(token: string | undefined): void {
  if (!token || !TOKEN.test(token)) return;
  getAppStore().prepare("DELETE FROM sessions WHERE token_hash = ?").run(hashToken(token));
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
