import { createReadStream, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";

import { afterEach, describe, expect, it } from "vitest";

import { LogImport } from "@/lib/local-cloudtrail/import/log-import";
import { queryEvents } from "@/lib/local-cloudtrail/store/events-repo";
import { openDatabase, type Db } from "@/lib/local-cloudtrail/store/open-database";
import type { EventCategory } from "@/lib/local-cloudtrail/types";
import { hasHidden } from "@/lib/format/visible-text";

import { eventsToLogFile } from "./export-log-file";
import { parseLookupEvent } from "./parse-event";
import type { TrailEvent } from "./trail-event";

const FIXTURES = join(__dirname, "../../test/fixtures");
const DATASETS = join(FIXTURES, "datasets");

const opened: Db[] = [];

function emptyStore(): Db {
  const db = openDatabase(":memory:");
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function datasetFiles(): string[] {
  return readdirSync(DATASETS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The hostile records of test/fixtures/hostile-records.json as one CloudTrail log file, each
 * record's text as written there (one nests 5,000 levels deep, which JSON.stringify cannot
 * write back on Node's default stack), and one more nested 100 levels deep: deeper than the
 * app keeps a parsed record (record-depth.ts), shallow enough for the store.
 */
function hostileLogFile(): string {
  const marker = ',"record":';
  const records = readFileSync(join(FIXTURES, "hostile-records.json"), "utf8")
    .split("\n")
    .filter((line) => line.startsWith('{"resources":'))
    .map((line) => line.replace(/,$/, ""))
    .map((entry) => entry.slice(entry.indexOf(marker) + marker.length, -1));
  const nested = `${'{"a":'.repeat(100)}"bottom"${"}".repeat(100)}`;
  records.push(
    JSON.stringify({
      eventVersion: "1.09",
      eventTime: "2026-01-10T04:20:00Z",
      eventSource: "s3.amazonaws.com",
      eventName: "PutBucketPolicy",
      awsRegion: "us-east-2",
      eventID: "5e1d0c0a-4b7e-4d36-9a51-0f3a9c2b7d11",
      requestParameters: JSON.parse(nested) as unknown,
    }),
  );
  return `{"Records":[${records.join(",")}]}`;
}

/** A file's content as the importer reads a file: its bytes, as a stream. */
async function* bytesOf(content: string | Blob): AsyncGenerator<Uint8Array> {
  yield typeof content === "string"
    ? new TextEncoder().encode(content)
    : new Uint8Array(await content.arrayBuffer());
}

/**
 * Every event in a store as the dashboard reads it: each row as LookupEvents answers it
 * (operations/lookup-events.ts), parsed by the app's own parseLookupEvent. Read with the
 * store's query rather than through LookupEvents, whose 90-day window would hide records
 * from years ago.
 */
function readBack(db: Db): TrailEvent[] {
  const histories = db
    .prepare("SELECT DISTINCT region, category FROM events ORDER BY region, category")
    .all() as { region: string; category: EventCategory }[];
  return histories.flatMap(({ region, category }) =>
    queryEvents(db, {
      region,
      category,
      startTime: 0,
      endTime: Number.MAX_SAFE_INTEGER,
      limit: Number.MAX_SAFE_INTEGER,
    }).map((row) =>
      parseLookupEvent({
        EventId: row.eventId,
        EventName: row.eventName,
        ReadOnly: row.readOnly ?? undefined,
        AccessKeyId: row.accessKeyId ?? undefined,
        EventTime: new Date(row.eventTime),
        EventSource: row.eventSource,
        Username: row.username ?? undefined,
        Resources: row.resources.map((r) => ({ ResourceType: r.type, ResourceName: r.name })),
        CloudTrailEvent: row.record,
      }),
    ),
  );
}

interface StoredRow {
  event_id: string;
  digest: string;
  record: string;
}

/** A store's events and lookup index, everything but the order they were added in. */
function storeRows(db: Db) {
  return {
    events: db
      .prepare(
        `SELECT event_id, hex(digest) AS digest, region, category, event_time, event_name,
           event_source, username, read_only, access_key_id, resources, record
         FROM events ORDER BY digest`,
      )
      .all() as StoredRow[],
    resources: db
      .prepare(
        `SELECT hex(e.digest) AS digest, r.region, r.category, r.event_time, r.attribute, r.value
         FROM event_resources r JOIN events e ON e.seq = r.event_seq
         ORDER BY e.digest, r.attribute, r.value`,
      )
      .all(),
  };
}

async function exportAndImport(events: TrailEvent[]) {
  const file = await eventsToLogFile(events);
  const target = emptyStore();
  const imp = new LogImport(target);
  await imp.importFile("trailscope-events.json.gz", bytesOf(file));
  return { file, target, summary: imp.summary() };
}

describe("a CloudTrail log file exported from a store", () => {
  it("imports into an empty store as the same events: every dataset", async () => {
    const source = emptyStore();
    const imp = new LogImport(source);
    for (const path of datasetFiles()) {
      await imp.importFile(relative(DATASETS, path), createReadStream(path));
    }
    const { loaded, rejected, regions } = imp.summary();
    expect(rejected).toBe(0);
    expect(loaded).toBeGreaterThan(400);
    expect(regions.length).toBeGreaterThan(1);

    const events = readBack(source);
    expect(events).toHaveLength(loaded);
    const { file, target, summary } = await exportAndImport(events);

    const text = gunzipSync(Buffer.from(await file.arrayBuffer())).toString("utf8");
    const { Records } = JSON.parse(text) as { Records: { eventID: string }[] };
    expect(Records.map((record) => record.eventID)).toEqual(events.map((event) => event.id));

    expect(summary).toMatchObject({ loaded, duplicates: 0, rejected: 0 });
    expect(storeRows(target)).toEqual(storeRows(source));
  });

  it("imports hostile records back as the same events, hidden characters and all", async () => {
    const source = emptyStore();
    const imp = new LogImport(source);
    await imp.importFile("hostile-records.json", bytesOf(hostileLogFile()));
    // The record nested 5,000 levels deep is more than the store can write on this stack.
    expect(imp.summary()).toMatchObject({
      loaded: 7,
      rejected: 1,
      rejections: [expect.objectContaining({ reason: "nested too deeply to store" })],
    });

    const events = readBack(source);
    const sourceRows = storeRows(source);
    expect(sourceRows.events.some((row) => hasHidden(row.record))).toBe(true);
    // One record is deeper than a parsed record is kept: its text is what is exported.
    expect(events.filter((event) => event.recordText !== undefined)).toHaveLength(1);

    const { file, target, summary } = await exportAndImport(events);
    const text = gunzipSync(Buffer.from(await file.arrayBuffer())).toString("utf8");
    expect(hasHidden(text)).toBe(false);
    expect(summary).toMatchObject({ loaded: 7, duplicates: 0, rejected: 0 });
    expect(storeRows(target)).toEqual(sourceRows);
  });

  it("adds nothing when imported into the store it came from", async () => {
    const source = emptyStore();
    const imp = new LogImport(source);
    await imp.importFile("hostile-records.json", bytesOf(hostileLogFile()));
    const before = storeRows(source);

    const file = await eventsToLogFile(readBack(source));
    const again = new LogImport(source);
    await again.importFile("trailscope-events.json.gz", bytesOf(file));
    expect(again.summary()).toMatchObject({ loaded: 0, duplicates: 7, rejected: 0 });
    expect(storeRows(source)).toEqual(before);
  });

  it("exports a single event as a file that imports as that event alone", async () => {
    const source = emptyStore();
    const imp = new LogImport(source);
    await imp.importFile("hostile-records.json", bytesOf(hostileLogFile()));
    const one = readBack(source).find((event) => event.name.startsWith("DeleteBucket"));
    expect(one).toBeDefined();

    const { target, summary } = await exportAndImport([one!]);
    expect(summary).toMatchObject({ loaded: 1, rejected: 0 });
    const [row] = storeRows(target).events;
    expect(row.event_id).toBe(one!.id);
    expect(JSON.parse(row.record)).toEqual(one!.record);
  });
});
