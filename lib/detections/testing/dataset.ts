/**
 * Test-only: loads the real CloudTrail records copied under test/fixtures/datasets (see
 * the README there) as TrailEvents. Uses node:fs, so only tests may import it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { trailEventFromRecord } from "@/lib/events/record-event";
import type { TrailEvent } from "@/lib/events/trail-event";

const DATASETS = fileURLToPath(new URL("../../../test/fixtures/datasets/", import.meta.url));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The records of a file in any of the three shapes met in the field: `{"Records":[...]}`, a JSON array, or one object per line. */
export function parseRecords(text: string): Record<string, unknown>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as unknown);
  }
  if (isRecord(parsed) && Array.isArray(parsed.Records)) parsed = parsed.Records;
  const records = Array.isArray(parsed) ? parsed : [parsed];
  return records.filter(isRecord);
}

/** The records of one fixture file, by its path under test/fixtures/datasets. */
export function loadRecords(path: string): Record<string, unknown>[] {
  return parseRecords(readFileSync(DATASETS + path, "utf8"));
}

/** The events of one fixture file, by its path under test/fixtures/datasets. */
export function loadEvents(path: string): TrailEvent[] {
  return loadRecords(path).map(trailEventFromRecord);
}

/** The one event of a fixture file holding exactly one record with that name. */
export function loadEvent(path: string, eventName?: string): TrailEvent {
  const events = loadEvents(path).filter((e) => eventName === undefined || e.name === eventName);
  if (events.length !== 1) throw new Error(`${path}: ${events.length} events named ${eventName}`);
  return events[0];
}
