import "server-only";

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

import Database from "better-sqlite3";

import { migrateToVersion2 } from "./migrate";
import { META_TABLE, SCHEMA, SCHEMA_VERSION } from "./schema";

export type Db = Database.Database;

/**
 * Opens (creating if needed) the store. WAL with synchronous=NORMAL keeps every committed
 * call across a killed process (only an OS crash can lose the last transactions), and lets
 * readers run beside the writer.
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // Larger pages make shallower indexes, so each event an import writes costs less. It
  // takes effect only in a new file (before its first table).
  db.pragma("page_size = 16384");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec(META_TABLE);
  const version = getMeta(db, "schema_version");
  if (version === "1") migrateToVersion2(db);
  else if (version !== undefined && Number(version) !== SCHEMA_VERSION) {
    throw new Error(
      `The local CloudTrail store at ${path} has schema version ${version}; this build expects ${SCHEMA_VERSION}. Move the file away to start afresh.`,
    );
  }
  db.exec(SCHEMA);
  setMeta(db, "schema_version", String(SCHEMA_VERSION));
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
