/**
 * Test and benchmark support: writes archives of CloudTrail log files as CloudTrail
 * delivers them to S3 (`{"Records":[...]}`, gzip, in the `AWSLogs/` layout), from records
 * made here. Uses node:fs, so only tests and benchmarks may import it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { parseRecords } from "@/lib/detections/testing/dataset";

export type LogRecord = Record<string, unknown>;

const DATASETS = fileURLToPath(new URL("../../../../test/fixtures/datasets/", import.meta.url));

/** Every record of the real datasets under test/fixtures/datasets, in a fixed order. */
export function datasetRecords(): LogRecord[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".json")) files.push(path);
    }
  };
  walk(DATASETS);
  return files.flatMap((path) => parseRecords(readFileSync(path, "utf8")));
}

/**
 * `count` records made from the dataset's, taken in turn, each under an eventID of its
 * own, so every one is a new event to the store however many times the templates repeat.
 */
export function variedRecords(templates: LogRecord[], count: number): LogRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    ...templates[i % templates.length],
    eventID: numberedEventId(i),
  }));
}

/** A UUID (version 4 layout) numbered by `n`, readable in a failing test. */
export function numberedEventId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/**
 * Where CloudTrail would deliver a file whose first record is `first`:
 * `AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/<account>_CloudTrail_<region>_<yyyymmdd>T<hhmm>Z_<id>.json.gz`.
 */
export function deliveryPath(first: LogRecord, id: string): string {
  const account = stringOr(first.recipientAccountId, "111122223333");
  const region = stringOr(first.awsRegion, "us-east-1");
  const time = new Date(stringOr(first.eventTime ?? first["@timestamp"], "2024-01-01T00:00:00Z"));
  const iso = time.toISOString();
  const [yyyy, mm, dd] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const stamp = `${yyyy}${mm}${dd}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  return `AWSLogs/${account}/CloudTrail/${region}/${yyyy}/${mm}/${dd}/${account}_CloudTrail_${region}_${stamp}_${id}.json.gz`;
}

/** Writes one delivery file (`{"Records":[...]}`, gzip) at `path`; returns its size. */
export function writeLogFile(path: string, records: LogRecord[]): number {
  mkdirSync(dirname(path), { recursive: true });
  const body = gzipSync(JSON.stringify({ Records: records }));
  writeFileSync(path, body);
  return body.length;
}

/**
 * Writes `records` as `files` delivery files of about equal size under `dir`, each placed
 * by its first record. Returns the files' paths in the order written.
 */
export function writeArchive(dir: string, records: LogRecord[], files: number): string[] {
  const perFile = Math.ceil(records.length / files);
  const paths: string[] = [];
  for (let i = 0; i * perFile < records.length; i++) {
    const chunk = records.slice(i * perFile, (i + 1) * perFile);
    const path = join(dir, deliveryPath(chunk[0], `part${String(i).padStart(4, "0")}`));
    writeLogFile(path, chunk);
    paths.push(path);
  }
  return paths;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}
