import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { constants, gunzipSync, gzipSync } from "node:zlib";

import { afterEach, beforeAll, describe, expect, it } from "vitest";

import type { ImportSummary, Rejection } from "@/lib/import/import-report";

import { LocalCloudTrail } from "../local-cloudtrail";
import { openDatabase, type Db } from "../store/open-database";
import { LogImport } from "./log-import";
import {
  BROKEN_LOGS_DIR,
  chunksOf,
  datasetFiles,
  lookupAll,
  resourceRows,
  storedRows,
  type DatasetFile,
  type StoredRow,
} from "./test-support";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOT_JSON = expect.stringMatching(/^not JSON: ./) as unknown as string;

async function importAll(
  db: Db,
  files: readonly { name: string; bytes: Uint8Array }[],
  chunkSize?: number,
): Promise<ImportSummary> {
  const imp = new LogImport(db, { batchSize: 50 });
  for (const file of files) await imp.importFile(file.name, chunksOf(file.bytes, chunkSize));
  return imp.summary();
}

/**
 * The record the store must hold for a source record: the record itself, with the
 * documented additions only. A derived eventID cannot be known in advance: it is checked
 * apart and left out here.
 */
function expectedRecord(source: Record<string, unknown>): Record<string, unknown> {
  const record = { ...source };
  if (record.eventTime === undefined && typeof record["@timestamp"] === "string") {
    record.eventTime = record["@timestamp"].replace(/\.000Z$/, "Z");
  }
  return record;
}

function withoutEventId(json: string): string {
  const record = JSON.parse(json) as Record<string, unknown>;
  delete record.eventID;
  return JSON.stringify(record);
}

/** The rows that hold `source`, as the importer must have stored it. */
function rowsHolding(rows: readonly StoredRow[], source: Record<string, unknown>): StoredRow[] {
  const expected = JSON.stringify(expectedRecord(source));
  if (source.eventID !== undefined) return rows.filter((row) => row.record === expected);
  return rows.filter((row) => {
    const id = (JSON.parse(row.record) as { eventID?: unknown }).eventID;
    return typeof id === "string" && UUID.test(id) && withoutEventId(row.record) === expected;
  });
}

describe("LogImport: every dataset", () => {
  let files: DatasetFile[];
  let sources: Record<string, unknown>[];
  beforeAll(() => {
    files = datasetFiles();
    sources = files.flatMap((file) => file.records);
  });

  it("reads the three formats the datasets come in, 432 records", () => {
    expect(files.length).toBe(55);
    expect(sources.length).toBe(432);
  });

  it("loads every record once, as it was, into an empty store", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(db, files);
    expect(summary).toMatchObject({
      loaded: 432,
      duplicates: 0,
      rejected: 0,
      rejections: [],
      rejectionsOmitted: 0,
      filesDone: files.length,
      skipped: [],
    });
    const rows = storedRows(db);
    expect(rows).toHaveLength(432);
    for (const source of sources) {
      const holding = rowsHolding(rows, source);
      expect(holding, JSON.stringify(source).slice(0, 200)).toHaveLength(1);
      const row = holding[0]!;
      const record = JSON.parse(row.record) as Record<string, unknown>;
      expect(row.region).toBe(source.awsRegion);
      expect(record.recipientAccountId).toBe(source.recipientAccountId);
      expect(row.event_id).toBe(record.eventID);
      expect(row.event_time).toBe(Date.parse(record.eventTime as string));
      expect(row.event_name).toBe(source.eventName);
      expect(row.event_source).toBe(source.eventSource);
    }
    expect(summary.regions).toEqual([...new Set(sources.map((s) => s.awsRegion as string))].sort());
    expect(summary.accounts).toEqual(
      [
        ...new Set(sources.map((s) => s.recipientAccountId).filter((a) => typeof a === "string")),
      ].sort(),
    );
    const times = rows.map((row) => row.event_time);
    expect(summary.firstEventTime).toBe(Math.min(...times));
    expect(summary.lastEventTime).toBe(Math.max(...times));
    db.close();
  });

  it("adds only eventTime from @timestamp and an eventID where one is missing", async () => {
    const db = openDatabase(":memory:");
    await importAll(db, files);
    const rows = storedRows(db);
    const unchanged = rows.filter((row) =>
      sources.some((source) => JSON.stringify(source) === row.record),
    );
    const fromTimestamp = sources.filter((s) => s.eventTime === undefined);
    const withoutId = sources.filter((s) => s.eventID === undefined);
    expect(fromTimestamp).toHaveLength(103);
    expect(withoutId).toHaveLength(5);
    expect(unchanged).toHaveLength(432 - fromTimestamp.length - withoutId.length);
    db.close();
  });

  it("gives every source record through LookupEvents in its region", async () => {
    let clock = 0;
    const service = new LocalCloudTrail({
      path: ":memory:",
      seed: false,
      lookupEventsPerSecond: null,
      now: () => clock,
    });
    await importAll(service.db, files);
    const rows = storedRows(service.db);
    for (const source of sources) {
      const row = rowsHolding(rows, source)[0]!;
      // The service's clock stands just after the event, inside its 90-day window.
      clock = row.event_time + 60_000;
      const seconds = Math.floor(row.event_time / 1000);
      const found = lookupAll(service, row.region, {
        LookupAttributes: [{ AttributeKey: "EventId", AttributeValue: row.event_id }],
        StartTime: seconds - 1,
        EndTime: seconds + 1,
      });
      expect(
        found.filter((event) => event.CloudTrailEvent === row.record),
        `${row.region} ${row.event_id}`,
      ).toHaveLength(1);
      const byName = lookupAll(service, row.region, {
        LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: row.event_name }],
        StartTime: seconds - 1,
        EndTime: seconds + 1,
      });
      expect(byName.some((event) => event.CloudTrailEvent === row.record)).toBe(true);
    }
    service.close();
  });

  it("adds nothing when the same files are imported again", async () => {
    const db = openDatabase(":memory:");
    await importAll(db, files);
    const rows = storedRows(db);
    const resources = resourceRows(db);
    const again = await importAll(db, files, 997);
    expect(again).toMatchObject({ loaded: 0, duplicates: 432, rejected: 0, rejections: [] });
    expect(storedRows(db)).toEqual(rows);
    expect(resourceRows(db)).toEqual(resources);
    db.close();
  });

  it("loads the same store from gzip, from a byte stream of any chunking, and from a web stream", async () => {
    const plain = openDatabase(":memory:");
    await importAll(plain, files);
    const zipped = openDatabase(":memory:");
    const imp = new LogImport(zipped);
    for (const [i, file] of files.entries()) {
      const gz = gzipSync(file.bytes);
      // Odd chunk sizes cut the gzip and the UTF-8 inside it anywhere.
      const name = `${file.name}.gz`;
      if (i % 2 === 0) await imp.importFile(name, chunksOf(gz, 2 + (i % 7)));
      else await imp.importFile(name, new Blob([gz]).stream());
    }
    expect(imp.summary()).toMatchObject({ loaded: 432, rejected: 0 });
    expect(storedRows(zipped)).toEqual(storedRows(plain));
    plain.close();
    zipped.close();
  });

  it("tells gzip from its first two bytes even when they arrive one at a time", async () => {
    const file = files.find((f) => f.name.startsWith("aws-cloudtrail-user-guide/"))!;
    const db = openDatabase(":memory:");
    const summary = await importAll(
      db,
      [{ name: "one-byte.json.gz", bytes: gzipSync(file.bytes) }],
      1,
    );
    expect(summary).toMatchObject({ loaded: file.records.length, rejected: 0, rejections: [] });
    db.close();
  });

  it("exports to a Records gzip that imports back into an empty store as the same events", async () => {
    const db = openDatabase(":memory:");
    await importAll(db, files);
    const rows = storedRows(db);
    const exported = gzipSync(
      JSON.stringify({ Records: rows.map((row) => JSON.parse(row.record) as unknown) }),
    );
    const fresh = openDatabase(":memory:");
    const summary = await importAll(fresh, [{ name: "export.json.gz", bytes: exported }]);
    expect(summary).toMatchObject({ loaded: 432, duplicates: 0, rejected: 0 });
    const key = (row: StoredRow) => ({
      event_id: row.event_id,
      digest: row.digest,
      record: row.record,
      region: row.region,
      event_time: row.event_time,
    });
    expect(storedRows(fresh).map(key)).toEqual(rows.map(key));
    expect(resourceRows(fresh)).toEqual(resourceRows(db));
    db.close();
    fresh.close();
  });
});

const broken = (name: string) => readFileSync(join(BROKEN_LOGS_DIR, name));

const MIXED_REJECTIONS = (file: string): Rejection[] => [
  { file, record: 2, line: 3, reason: NOT_JSON },
  { file, record: 3, line: 4, reason: "no eventTime" },
  { file, record: 4, line: 5, reason: "no eventName" },
  {
    file,
    record: 5,
    line: 6,
    reason: 'eventTime "yesterday" is not a time such as 2024-01-31T12:00:00Z',
  },
  {
    file,
    record: 6,
    line: 7,
    reason: 'eventTime "2024-13-45T00:00:00Z" is not a time such as 2024-01-31T12:00:00Z',
  },
  { file, record: 7, line: 8, reason: "not a JSON object but a number" },
];

const BROKEN_LINE_REJECTIONS = (file: string): Rejection[] => [
  { file, record: 3, line: 3, reason: NOT_JSON },
];

function mixedSources(): Record<string, unknown>[] {
  return broken("mixed-records.json")
    .toString()
    .split("\n")
    .slice(1, -2)
    .map((line) => line.replace(/,$/, ""))
    .filter((line) => !line.includes("'") && line !== "42")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("LogImport: broken files", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("rejects each bad record of an array with its position and reason, and loads the rest", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [
      { name: "mixed-records.json", bytes: broken("mixed-records.json") },
    ]);
    expect(summary.rejections).toEqual([
      ...MIXED_REJECTIONS("mixed-records.json"),
      { file: "mixed-records.json", record: 8, line: 9, reason: "no awsRegion" },
    ]);
    expect(summary).toMatchObject({ loaded: 2, duplicates: 0, rejected: 7 });
    const sources = mixedSources();
    expect(storedRows(db).map((row) => row.record)).toEqual([
      JSON.stringify(sources.find((s) => s.eventName === "StartInstances")),
      JSON.stringify(sources.find((s) => s.eventName === "ConsoleLogin")),
    ]);
    db.close();
  });

  it("rejects the broken line of a one-per-line file, and loads the lines after it", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [
      { name: "broken-line.json", bytes: broken("broken-line.json") },
    ]);
    expect(summary.rejections).toEqual(BROKEN_LINE_REJECTIONS("broken-line.json"));
    expect(summary).toMatchObject({ loaded: 3, rejected: 1 });
    expect(storedRows(db).map((row) => row.event_name)).toEqual([
      "DescribeInstances",
      "ListBuckets",
      "ListUsers",
    ]);
    db.close();
  });

  it("rejects every line of a file that is not JSON at all", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [{ name: "not-json.txt", bytes: broken("not-json.txt") }]);
    expect(summary.rejections).toEqual([
      { file: "not-json.txt", record: 1, line: 1, reason: NOT_JSON },
      { file: "not-json.txt", record: 2, line: 2, reason: NOT_JSON },
    ]);
    expect(summary).toMatchObject({ loaded: 0, rejected: 2 });
    db.close();
  });

  it("rejects the record a file is cut short in, after loading the ones before it", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [
      { name: "truncated.json", bytes: broken("truncated.json") },
    ]);
    expect(summary.rejections).toEqual([
      {
        file: "truncated.json",
        record: 2,
        line: 2,
        reason:
          "the file ends inside this record: the file is cut short, or a bracket or quote is missing",
      },
    ]);
    expect(summary).toMatchObject({ loaded: 1, rejected: 1 });
    db.close();
  });

  it("rejects a gzip stream that ends early as a file, after loading every record it held", async () => {
    const bytes = broken("truncated.json.gz");
    // What can be decompressed; each record of this file ends with its account, so the
    // records whole in it can be counted.
    const readable = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }).toString();
    const whole = readable.split('"recipientAccountId":"111122223333"}').length - 1;
    expect(whole).toBeGreaterThan(50);
    for (const chunkSize of [10, 100, 1000, 64 * 1024]) {
      const db = openDatabase(":memory:");
      const summary = await importAll(db, [{ name: "truncated.json.gz", bytes }], chunkSize);
      expect(summary.rejections).toEqual([
        {
          file: "truncated.json.gz",
          reason: "the file is not valid gzip (unexpected end of file)",
        },
      ]);
      const rows = storedRows(db);
      expect(rows.length, `chunks of ${chunkSize}`).toBe(whole);
      expect(summary).toMatchObject({ loaded: whole, rejected: 1 });
      rows.forEach((row, i) => {
        expect(row.event_id).toBe(`9c3f4e5d-0000-4000-8000-${String(i + 1).padStart(12, "0")}`);
        expect(readable).toContain(row.record);
      });
      db.close();
    }
  });

  it("rejects a corrupt gzip as a file, and goes on to the next file", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [
      { name: "corrupt.json.gz", bytes: broken("corrupt.json.gz") },
      { name: "broken-line.json", bytes: broken("broken-line.json") },
    ]);
    expect(summary.rejections).toEqual([
      {
        file: "corrupt.json.gz",
        reason: expect.stringMatching(/^the file is not valid gzip \(.+\)$/) as unknown as string,
      },
      ...BROKEN_LINE_REJECTIONS("broken-line.json"),
    ]);
    expect(summary).toMatchObject({ loaded: 3, rejected: 2, filesDone: 2 });
    db.close();
  });

  it("reads the broken files the same when they are gzip", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(
      db,
      ["mixed-records.json", "broken-line.json", "not-json.txt", "truncated.json"].map((name) => ({
        name: `${name}.gz`,
        bytes: gzipSync(broken(name)),
      })),
      64,
    );
    expect(summary.rejections).toEqual([
      ...MIXED_REJECTIONS("mixed-records.json.gz"),
      { file: "mixed-records.json.gz", record: 8, line: 9, reason: "no awsRegion" },
      ...BROKEN_LINE_REJECTIONS("broken-line.json.gz"),
      { file: "not-json.txt.gz", record: 1, line: 1, reason: NOT_JSON },
      { file: "not-json.txt.gz", record: 2, line: 2, reason: NOT_JSON },
      {
        file: "truncated.json.gz",
        record: 2,
        line: 2,
        reason:
          "the file ends inside this record: the file is cut short, or a bracket or quote is missing",
      },
    ]);
    expect(summary).toMatchObject({ loaded: 2 + 3 + 0 + 1, rejected: 7 + 1 + 2 + 1 });
    db.close();
  });

  it("takes a missing account and region from CloudTrail's folder layout, loose or gzip", async () => {
    const root = mkdtempSync(join(tmpdir(), "trailscope-import-"));
    dirs.push(root);
    const folder = join(
      root,
      "AWSLogs",
      "111122223333",
      "CloudTrail",
      "ap-south-1",
      "2024",
      "03",
      "06",
    );
    const paths = [
      join(folder, "111122223333_CloudTrail_ap-south-1_20240306T2100Z_mixed.json"),
      join(folder, "111122223333_CloudTrail_ap-south-1_20240306T2105Z_mixed.json.gz"),
    ];
    mkdirSync(dirname(paths[0]!), { recursive: true });
    writeFileSync(paths[0]!, broken("mixed-records.json"));
    writeFileSync(paths[1]!, gzipSync(broken("mixed-records.json")));

    const db = openDatabase(":memory:");
    const imp = new LogImport(db);
    for (const path of paths) {
      await imp.importFile(path, createReadStream(path, { highWaterMark: 128 }));
    }
    const summary = imp.summary();
    // Record 8 lacked its region and account; the layout supplies them.
    expect(summary.rejections).toEqual([
      ...MIXED_REJECTIONS(paths[0]!),
      ...MIXED_REJECTIONS(paths[1]!),
    ]);
    expect(summary).toMatchObject({ loaded: 3, duplicates: 3, rejected: 12 });
    const rows = storedRows(db);
    const fromLayout = rows.find((row) => row.event_name === "GetCallerIdentity")!;
    const source = mixedSources().find((s) => s.eventName === "GetCallerIdentity")!;
    expect(JSON.parse(fromLayout.record)).toEqual({
      ...source,
      awsRegion: "ap-south-1",
      recipientAccountId: "111122223333",
    });
    expect(fromLayout.region).toBe("ap-south-1");
    // Records that name their own region and account keep them.
    expect(
      rows.filter((row) => row.event_name !== "GetCallerIdentity").map((row) => row.region),
    ).toEqual(["us-west-2", "us-east-1"]);
    expect(summary.accounts).toEqual(["111122223333"]);
    expect(summary.regions).toEqual(["ap-south-1", "us-east-1", "us-west-2"]);
    db.close();
  });

  it("reads a file with a byte order mark and CRLF line ends", async () => {
    const text = broken("broken-line.json").toString().replaceAll("\n", "\r\n");
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [{ name: "bom.json", bytes }], 5);
    expect(summary.rejections).toEqual(BROKEN_LINE_REJECTIONS("bom.json"));
    expect(summary).toMatchObject({ loaded: 3, rejected: 1 });
    db.close();
  });

  it("counts an empty file and a whitespace-only file as read, with nothing in them", async () => {
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [
      { name: "empty.json", bytes: new Uint8Array() },
      { name: "blank.json", bytes: Buffer.from(" \n\r\n\t") },
      { name: "empty.json.gz", bytes: gzipSync("") },
    ]);
    expect(summary).toMatchObject({ loaded: 0, rejected: 0, rejections: [], filesDone: 3 });
    db.close();
  });

  it("counts as duplicates only records the store holds: a null eventTime beside @timestamp", async () => {
    const record = {
      eventTime: null,
      "@timestamp": "2024-03-06T22:01:00.000Z",
      eventSource: "s3.amazonaws.com",
      eventName: "ListBuckets",
      awsRegion: "eu-west-1",
      eventID: "7a1d2c3b-0000-4000-8000-0000000000aa",
    };
    const good = {
      ...record,
      eventTime: "2024-03-06T22:02:00Z",
      eventID: "7a1d2c3b-0000-4000-8000-0000000000bb",
    };
    const db = openDatabase(":memory:");
    const summary = await importAll(db, [
      { name: "null-time.json", bytes: Buffer.from(JSON.stringify([record, good])) },
    ]);
    // Loaded or rejected, but never lost as a "duplicate" of nothing.
    expect(summary.duplicates).toBe(0);
    expect(summary.loaded + summary.rejected).toBe(2);
    expect(storedRows(db)).toHaveLength(summary.loaded);
    db.close();
  });

  it("keeps the first rejections and counts the rest", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `not a record ${i}`).join("\n");
    const db = openDatabase(":memory:");
    const imp = new LogImport(db, { maxRejections: 10 });
    await imp.importFile("many.txt", chunksOf(Buffer.from(lines)));
    const summary = imp.summary();
    expect(summary).toMatchObject({ rejected: 30, rejectionsOmitted: 20 });
    expect(summary.rejections.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    db.close();
  });
});
