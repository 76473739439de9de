import "server-only";

/**
 * The local service's tables. Events keep their CloudTrail record verbatim; the other
 * columns are the lookup index LookupEvents filters on, each indexed with time so every
 * attribute query is an index range scan, newest first.
 *
 * Version 2: an event is the same event when its record is the same (`digest`, the first
 * 16 bytes of the SHA-256 of the record's JSON), not when its eventID is: archives hold
 * different records under one eventID (AWS's documentation examples reuse theirs), and an
 * import must load each of them once however often it is run. Imports write millions of
 * rows, so each costs as few B-trees as the lookups allow.
 */
export const SCHEMA_VERSION = 2;

export const META_TABLE = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
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
CREATE INDEX IF NOT EXISTS events_by_id ON events (event_id, region, category);
CREATE INDEX IF NOT EXISTS events_by_time ON events (region, category, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_name ON events (region, category, event_name, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_source ON events (region, category, event_source, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_username ON events (region, category, username, event_time, seq);
CREATE INDEX IF NOT EXISTS events_by_access_key ON events (region, category, access_key_id, event_time, seq);

-- No index for ReadOnly: either value matches a large share of events, so reading
-- events_by_time and skipping the others costs little, and an index costs every import.

-- One row per distinct resource type and per distinct resource name of an event, so a
-- ResourceType or ResourceName lookup lists each event once. The rows are their own index
-- (WITHOUT ROWID), one B-tree to write instead of two.
CREATE TABLE IF NOT EXISTS event_resources (
  region TEXT NOT NULL,
  category TEXT NOT NULL,
  attribute TEXT NOT NULL,
  value TEXT NOT NULL,
  event_time INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  PRIMARY KEY (region, category, attribute, value, event_time, event_seq)
) WITHOUT ROWID;

-- Regions that imported log files brought: the dashboard lists them beside its own.
CREATE TABLE IF NOT EXISTS imported_regions (
  region TEXT PRIMARY KEY
);

CREATE TABLE IF NOT EXISTS trails (
  arn TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  home_region TEXT NOT NULL,
  trail TEXT NOT NULL,
  UNIQUE (home_region, name)
);
`;
