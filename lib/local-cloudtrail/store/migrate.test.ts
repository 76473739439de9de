import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

import { normalizeRecord } from "../import/normalize-record";
import { lookupAll, resourceRows, storedRows } from "../import/test-support";
import { LocalCloudTrail } from "../local-cloudtrail";
import { insertPreparedEvents } from "./events-repo";
import { getMeta, openDatabase } from "./open-database";
import { recordDigest } from "./record-digest";

/** The store's tables at schema version 1, as that version created them. */
const VERSION_1_SCHEMA = `
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

interface V1Event {
  seq: number;
  record: {
    eventID: string;
    eventTime: string;
    eventName: string;
    eventSource: string;
    awsRegion: string;
    eventCategory: "Management" | "Insight";
    userIdentity?: { type: string; userName?: string; accessKeyId?: string };
    readOnly?: boolean;
  };
  resources: { type: string; name: string }[];
}

// Seqs with gaps, as a store that has lived a while has: they must survive as they are.
const EVENTS: V1Event[] = [
  {
    seq: 3,
    record: {
      eventID: "11111111-1111-4111-8111-111111111111",
      eventTime: "2026-11-20T10:00:00Z",
      eventName: "CreateTrail",
      eventSource: "cloudtrail.amazonaws.com",
      awsRegion: "us-east-1",
      eventCategory: "Management",
      userIdentity: { type: "IAMUser", userName: "alice", accessKeyId: "AKIAALICE" },
      readOnly: false,
    },
    resources: [
      {
        type: "AWS::CloudTrail::Trail",
        name: "arn:aws:cloudtrail:us-east-1:123456789012:trail/main",
      },
    ],
  },
  {
    seq: 17,
    record: {
      eventID: "22222222-2222-4222-8222-222222222222",
      eventTime: "2026-11-21T11:30:00Z",
      eventName: "PutObject",
      eventSource: "s3.amazonaws.com",
      awsRegion: "eu-west-1",
      eventCategory: "Management",
      userIdentity: { type: "IAMUser", userName: "bob" },
      readOnly: false,
    },
    resources: [
      { type: "AWS::S3::Bucket", name: "acme-logs" },
      { type: "AWS::S3::Object", name: "acme-logs/a.txt" },
    ],
  },
  {
    seq: 18,
    record: {
      eventID: "33333333-3333-4333-8333-333333333333",
      eventTime: "2026-11-22T12:00:00Z",
      eventName: "AttachUserPolicy",
      eventSource: "iam.amazonaws.com",
      awsRegion: "us-east-1",
      eventCategory: "Insight",
    },
    resources: [],
  },
  {
    seq: 40,
    record: {
      eventID: "44444444-4444-4444-8444-444444444444",
      eventTime: "2026-11-23T08:15:00Z",
      eventName: "ConsoleLogin",
      eventSource: "signin.amazonaws.com",
      awsRegion: "us-east-1",
      eventCategory: "Management",
      userIdentity: { type: "IAMUser", userName: "alice" },
      readOnly: false,
    },
    resources: [],
  },
];

function createVersion1Store(path: string): void {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec(VERSION_1_SCHEMA);
  db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', '1')").run();
  const insertEvent = db.prepare(`
    INSERT INTO events (seq, event_id, region, category, event_time, event_name, event_source,
      username, read_only, access_key_id, resources, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertResource = db.prepare(`
    INSERT INTO event_resources (event_seq, region, category, event_time, attribute, value)
    VALUES (?, ?, ?, ?, ?, ?)`);
  for (const { seq, record, resources } of EVENTS) {
    const time = Date.parse(record.eventTime);
    insertEvent.run(
      seq,
      record.eventID,
      record.awsRegion,
      record.eventCategory,
      time,
      record.eventName,
      record.eventSource,
      record.userIdentity?.userName ?? null,
      record.eventCategory === "Insight" ? null : String(record.readOnly === true),
      record.userIdentity?.accessKeyId ?? null,
      JSON.stringify(resources),
      JSON.stringify(record),
    );
    for (const type of new Set(resources.map((r) => r.type))) {
      insertResource.run(seq, record.awsRegion, record.eventCategory, time, "ResourceType", type);
    }
    for (const name of new Set(resources.map((r) => r.name))) {
      insertResource.run(seq, record.awsRegion, record.eventCategory, time, "ResourceName", name);
    }
  }
  db.prepare(
    "INSERT INTO trails (arn, name, home_region, trail) VALUES ('arn:aws:cloudtrail:us-east-1:123456789012:trail/main', 'main', 'us-east-1', '{}')",
  ).run();
  db.close();
}

function rawEvents(db: Database.Database) {
  return db
    .prepare(
      "SELECT seq, event_id, region, category, event_time, event_name, event_source, username, read_only, access_key_id, resources, record FROM events ORDER BY seq",
    )
    .all();
}

describe("opening a version 1 store", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const version1Store = () => {
    const dir = mkdtempSync(join(tmpdir(), "trailscope-migrate-"));
    dirs.push(dir);
    const path = join(dir, "store.sqlite");
    createVersion1Store(path);
    const before = new Database(path, { readonly: true });
    const snapshot = {
      events: rawEvents(before),
      resources: resourceRows(before),
      trails: before.prepare("SELECT * FROM trails").all(),
    };
    before.close();
    return { path, ...snapshot };
  };

  it("keeps every event with its seq and resources, fills digests and moves to version 2", () => {
    const { path, events, resources, trails } = version1Store();
    const db = openDatabase(path);
    expect(getMeta(db, "schema_version")).toBe("2");
    expect(rawEvents(db)).toEqual(events);
    expect(resourceRows(db)).toEqual(resources);
    expect(db.prepare("SELECT * FROM trails").all()).toEqual(trails);
    for (const row of storedRows(db)) expect(row.digest).toEqual(recordDigest(row.record));
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
  });

  it("has the version 2 tables and indexes afterwards", () => {
    const { path } = version1Store();
    const db = openDatabase(path);
    const fresh = openDatabase(":memory:");
    const schemaOf = (d: Database.Database) =>
      d
        .prepare(
          "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all();
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    const columns = (d: Database.Database) => d.pragma("table_info(events)");
    expect(columns(db)).toEqual(columns(fresh));
    db.close();
    fresh.close();
  });

  it("opens again as version 2 without migrating twice", () => {
    const { path, events } = version1Store();
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(getMeta(db, "schema_version")).toBe("2");
    expect(rawEvents(db)).toEqual(events);
    db.close();
  });

  it("tells events apart by their record afterwards, not by their eventID", () => {
    const { path } = version1Store();
    const db = openDatabase(path);
    const same = normalizeRecord(storedRows(db)[0]!.record, {});
    const otherWithSameId = normalizeRecord(
      JSON.stringify({ ...EVENTS[0]!.record, sourceIPAddress: "203.0.113.9" }),
      {},
    );
    if (!same.ok || !otherWithSameId.ok) throw new Error("test records must be good");
    expect(insertPreparedEvents(db, [same.event])).toBe(0);
    expect(insertPreparedEvents(db, [otherWithSameId.event])).toBe(1);
    const seqs = storedRows(db).map((row) => row.seq);
    expect(seqs.at(-1)).toBeGreaterThan(40);
    db.close();
  });

  it("answers LookupEvents for the events it kept, by ID, by resource and by time", () => {
    const { path } = version1Store();
    const service = new LocalCloudTrail({
      path,
      seed: false,
      lookupEventsPerSecond: null,
      now: () => Date.parse("2026-11-24T12:00:00Z"),
    });
    const recordOf = (i: number) => JSON.stringify(EVENTS[i]!.record);
    const byId = lookupAll(service, "eu-west-1", {
      LookupAttributes: [{ AttributeKey: "EventId", AttributeValue: EVENTS[1]!.record.eventID }],
    });
    expect(byId.map((e) => e.CloudTrailEvent)).toEqual([recordOf(1)]);
    const byResource = lookupAll(service, "eu-west-1", {
      LookupAttributes: [{ AttributeKey: "ResourceName", AttributeValue: "acme-logs/a.txt" }],
    });
    expect(byResource.map((e) => e.CloudTrailEvent)).toEqual([recordOf(1)]);
    const byType = lookupAll(service, "us-east-1", {
      LookupAttributes: [
        { AttributeKey: "ResourceType", AttributeValue: "AWS::CloudTrail::Trail" },
      ],
    });
    expect(byType.map((e) => e.CloudTrailEvent)).toEqual([recordOf(0)]);
    const management = lookupAll(service, "us-east-1", {
      StartTime: Date.parse("2026-11-19T00:00:00Z") / 1000,
      EndTime: Date.parse("2026-11-23T23:00:00Z") / 1000,
    });
    expect(management.map((e) => e.CloudTrailEvent)).toEqual([recordOf(3), recordOf(0)]);
    const insights = lookupAll(service, "us-east-1", {
      EventCategory: "insight",
      StartTime: Date.parse("2026-11-19T00:00:00Z") / 1000,
      EndTime: Date.parse("2026-11-23T23:00:00Z") / 1000,
    });
    expect(insights.map((e) => e.CloudTrailEvent)).toEqual([recordOf(2)]);
    service.close();
  });
});
