import "server-only";

import type { Db } from "./open-database";
import { recordDigest } from "./record-digest";
import { SCHEMA } from "./schema";

/**
 * Version 1 → 2: events are told apart by their record's digest instead of a unique
 * eventID, and event_resources is its own index. SQLite cannot drop a UNIQUE constraint,
 * so both tables are rebuilt (SQLite's documented procedure: the old ones set aside, the
 * new ones made by the schema, the rows copied, the old ones dropped), keeping every event
 * and its seq, which event_resources refers to.
 */
export function migrateToVersion2(db: Db): void {
  db.function("trailscope_record_digest", { deterministic: true }, (record: unknown) =>
    recordDigest(String(record)),
  );
  db.pragma("foreign_keys = OFF");
  try {
    db.transaction(() => {
      // The old indexes go first: the schema makes the new ones under the same names.
      const indexes = db
        .prepare(
          `SELECT name FROM sqlite_master
           WHERE type = 'index' AND tbl_name IN ('events', 'event_resources') AND sql IS NOT NULL`,
        )
        .all() as { name: string }[];
      for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
      db.exec(`
        ALTER TABLE events RENAME TO events_v1;
        ALTER TABLE event_resources RENAME TO event_resources_v1;
      `);
      db.exec(SCHEMA);
      db.exec(`
        INSERT INTO events
          SELECT seq, event_id, trailscope_record_digest(record), region, category, event_time,
            event_name, event_source, username, read_only, access_key_id, resources, record
          FROM events_v1;
        INSERT INTO event_resources
          SELECT region, category, attribute, value, event_time, event_seq FROM event_resources_v1;
        DROP TABLE event_resources_v1;
        DROP TABLE events_v1;
      `);
    })();
  } finally {
    db.pragma("foreign_keys = ON");
  }
}
