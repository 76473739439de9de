import "server-only";

/**
 * The local service's tables. Events keep their CloudTrail record verbatim; the other
 * columns are the lookup index LookupEvents filters on, each indexed with time so every
 * attribute query is an index range scan, newest first.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
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
CREATE INDEX IF NOT EXISTS events_by_time ON events (region, category, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_name ON events (region, category, event_name, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_source ON events (region, category, event_source, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_username ON events (region, category, username, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_read_only ON events (region, category, read_only, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_access_key ON events (region, category, access_key_id, event_time, seq);

-- One row per distinct resource type and per distinct resource name of an event, so a
-- ResourceType or ResourceName lookup lists each event once.
CREATE TABLE IF NOT EXISTS event_resources (
  event_seq INTEGER NOT NULL REFERENCES events (seq),
  region TEXT NOT NULL,
  category TEXT NOT NULL,
  event_time INTEGER NOT NULL,
  attribute TEXT NOT NULL,
  value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_resources_lookup
  ON event_resources (region, category, attribute, value, event_time, event_seq);

CREATE TABLE IF NOT EXISTS trails (
  arn TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  home_region TEXT NOT NULL,
  trail TEXT NOT NULL,
  UNIQUE (home_region, name)
);
`;
