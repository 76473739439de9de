import "server-only";

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import type { LocalCloudTrail } from "../local-cloudtrail";
import type { Db } from "../store/open-database";
import { RecordSplitter, type SplitItem } from "./record-splitter";

/** The third-party records every import must load (see the README beside them). */
export const DATASETS_DIR = join(process.cwd(), "test/fixtures/datasets");
export const BROKEN_LOGS_DIR = join(process.cwd(), "test/fixtures/broken-logs");

/** Splits `text` fed to the splitter in the pieces that `cuts` (ascending offsets) make. */
export function splitInPieces(text: string, cuts: readonly number[] = []): SplitItem[] {
  const splitter = new RecordSplitter();
  const items: SplitItem[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    items.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  items.push(...splitter.end());
  return items;
}

/** Splits `text` fed in pieces of `size` characters. */
export function splitInChunks(text: string, size: number): SplitItem[] {
  const cuts: number[] = [];
  for (let at = size; at < text.length; at += size) cuts.push(at);
  return splitInPieces(text, cuts);
}

/** Bytes as a stream of `size`-byte chunks, the way a file or an upload arrives. */
export async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** The records of a source file as the test reads them, independently of the importer. */
export function sourceRecords(text: string): Record<string, unknown>[] {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return [];
  if (trimmed.startsWith("[")) return JSON.parse(trimmed) as Record<string, unknown>[];
  if (/^\{\s*"(?:Records|Events)"/.test(trimmed)) {
    const value = JSON.parse(trimmed) as { Records?: unknown[]; Events?: unknown[] };
    return (value.Records ?? value.Events ?? []) as Record<string, unknown>[];
  }
  return trimmed
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export interface DatasetFile {
  /** Path under the datasets folder. */
  name: string;
  bytes: Buffer;
  records: Record<string, unknown>[];
}

export function datasetFiles(): DatasetFile[] {
  const files: DatasetFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) {
        const bytes = readFileSync(path);
        files.push({
          name: relative(DATASETS_DIR, path),
          bytes,
          records: sourceRecords(bytes.toString("utf8")),
        });
      }
    }
  };
  walk(DATASETS_DIR);
  return files;
}

export interface StoredRow {
  seq: number;
  event_id: string;
  digest: Buffer;
  region: string;
  category: string;
  event_time: number;
  event_name: string;
  event_source: string;
  record: string;
}

export function storedRows(db: Db): StoredRow[] {
  return db
    .prepare(
      "SELECT seq, event_id, digest, region, category, event_time, event_name, event_source, record FROM events ORDER BY seq",
    )
    .all() as StoredRow[];
}

export function resourceRows(db: Db): unknown[] {
  return db
    .prepare(
      "SELECT event_seq, region, category, event_time, attribute, value FROM event_resources ORDER BY event_seq, attribute, value",
    )
    .all();
}

// The region a call is for comes from its signature's credential scope; in-process calls
// are not verified, so any well-formed scope will do.
const authorization = (region: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIATEST/20260101/${region}/cloudtrail/aws4_request, SignedHeaders=host, Signature=x`;

export interface LookedUpEvent {
  EventId: string;
  EventName: string;
  EventTime: number;
  EventSource: string;
  CloudTrailEvent: string;
}

/** LookupEvents through the service's own request path, one attribute, every page. */
export function lookupAll(
  service: LocalCloudTrail,
  region: string,
  input: Record<string, unknown>,
): LookedUpEvent[] {
  const events: LookedUpEvent[] = [];
  let nextToken: string | undefined;
  do {
    const response = service.handleInProcess({
      method: "POST",
      headers: {
        "x-amz-target": "CloudTrail_20131101.LookupEvents",
        "content-type": "application/x-amz-json-1.1",
        authorization: authorization(region),
      },
      body: JSON.stringify({ ...input, MaxResults: 50, NextToken: nextToken }),
    });
    if (response.statusCode !== 200) {
      throw new Error(
        `LookupEvents in ${region} answered ${response.statusCode}: ${response.body}`,
      );
    }
    const body = JSON.parse(response.body) as { Events: LookedUpEvent[]; NextToken?: string };
    events.push(...body.Events);
    nextToken = body.NextToken;
  } while (nextToken);
  return events;
}
