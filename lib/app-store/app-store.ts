import "server-only";

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

import Database from "better-sqlite3";

import { getEnv } from "@/lib/env";

export type AppStore = Database.Database;

/**
 * The dashboard's own store, in both modes: sign-in sessions, failed sign-ins and the audit
 * log of changes. Separate from the local CloudTrail service's file, which plays AWS and
 * which a user may delete to start the demo afresh without losing the audit trail.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user_name TEXT NOT NULL,
  role TEXT NOT NULL,
  method TEXT NOT NULL,
  subject TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);
CREATE TABLE IF NOT EXISTS sign_in_failures (
  key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sign_in_failures_key ON sign_in_failures (key, at);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  auth_method TEXT NOT NULL,
  action TEXT NOT NULL,
  trail_region TEXT,
  trail_name TEXT,
  trail_arn TEXT,
  detail TEXT,
  outcome TEXT NOT NULL,
  error TEXT,
  calls TEXT NOT NULL,
  source_ip TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
`;

export function openAppStore(path: string): AppStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  addDetailColumn(db);
  return db;
}

// Stores written before audit entries had a detail (imports) gain the column; old rows keep none.
function addDetailColumn(db: AppStore): void {
  const columns = db.prepare("PRAGMA table_info(audit_log)").all() as { name: string }[];
  if (!columns.some((column) => column.name === "detail"))
    db.exec("ALTER TABLE audit_log ADD COLUMN detail TEXT");
}

// One connection per process, whatever number of bundles evaluate this module.
const holder = globalThis as typeof globalThis & { __trailscopeAppStore?: AppStore };

export function getAppStore(): AppStore {
  holder.__trailscopeAppStore ??= openAppStore(getEnv().appDataPath);
  return holder.__trailscopeAppStore;
}

/** Tests hand in an in-memory store. */
export function setAppStoreForTests(store: AppStore | undefined): void {
  holder.__trailscopeAppStore = store;
}
