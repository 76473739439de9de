import "server-only";

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

import Database from "better-sqlite3";

import { SCHEMA, SCHEMA_VERSION } from "./schema";

export type Db = Database.Database;

/**
 * Opens (creating if needed) the store. WAL with synchronous=NORMAL keeps every committed
 * call across a killed process (only an OS crash can lose the last transactions), and lets
 * readers run beside the writer.
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  const version = getMeta(db, "schema_version");
  if (version === undefined) setMeta(db, "schema_version", String(SCHEMA_VERSION));
  else if (Number(version) !== SCHEMA_VERSION) {
    throw new Error(
      `The local CloudTrail store at ${path} has schema version ${version}; this build expects ${SCHEMA_VERSION}. Move the file away to start afresh.`,
    );
  }
  return db;
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare(
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(key, value);
}
