import "server-only";

import type { Db } from "./open-database";
import { recordDigest } from "./record-digest";

/**
 * Version 1 → 2: events are told apart by their record's digest instead of a unique
 * eventID, and event_resources is its own index. SQLite cannot drop a UNIQUE constraint,
 * so both tables are rebuilt (SQLite's documented procedure: new table, copy, drop,
 * rename), keeping every event and its seq, which event_resources refers to. The indexes
 * are made afresh by the schema (ReadOnly's is no more).
 */
export function migrateToVersion2(db: Db): void {
  db.function("trailscope_record_digest", { deterministic: true }, (record: unknown) =>
    recordDigest(String(record)),
  );
  db.pragma("foreign_keys = OFF");
  try {
    db.transaction(() => {
      db.exec(`
        CREATE TABLE events_v2 (
          seq INTEGER PRIMARY KEY,
          event_id TEXT NOT NULL,
          digest BLOB NOT NULL UNIQUE,
          region TEXT NOT NULL,
          category TEXT NOT NULL,
          event_time INTEGER NOT NULL,
          event_name TEXT NOT NULL,
          event_source TEXT NOT NULL,
          username TEXT,
          read_only TEXT,
          access_key_id TEXT,
          resources TEXT NOT NULL,
          record TEXT NOT NULL
        );
        INSERT INTO events_v2
          SELECT seq, event_id, trailscope_record_digest(record), region, category, event_time,
            event_name, event_source, username, read_only, access_key_id, resources, record
          FROM events;
        CREATE TABLE event_resources_v2 (
          region TEXT NOT NULL,
          category TEXT NOT NULL,
          attribute TEXT NOT NULL,
          value TEXT NOT NULL,
          event_time INTEGER NOT NULL,
          event_seq INTEGER NOT NULL,
          PRIMARY KEY (region, category, attribute, value, event_time, event_seq)
        ) WITHOUT ROWID;
        INSERT INTO event_resources_v2
          SELECT region, category, attribute, value, event_time, event_seq FROM event_resources;
        DROP TABLE event_resources;
        DROP TABLE events;
        ALTER TABLE events_v2 RENAME TO events;
        ALTER TABLE event_resources_v2 RENAME TO event_resources;
      `);
    })();
  } finally {
    db.pragma("foreign_keys = ON");
  }
}
