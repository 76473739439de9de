import "server-only";

import type { Rejection } from "@/lib/import/import-report";

import { storeRow, type StoreRow } from "../store/events-repo";
import { logFileLocation } from "./log-file-location";
import { normalizeRecord, normalizeValue, type NormalizedRecord } from "./normalize-record";
import { LogFileError, readLogText, type LogBytes } from "./read-log-text";
import { RecordSplitter, type SplitItem } from "./record-splitter";

/** What parsing makes of each record: a row for the store, or why it cannot be one. */
export type ParsedRecord = { row: StoreRow } | { rejection: Rejection };

/** Files up to this size (as text) are parsed whole: CloudTrail's own are smaller still. */
const WHOLE_FILE_CHARS = 4 * 1024 * 1024;

/**
 * Reads one log file into store rows, streaming: yields the records of each piece of text
 * as it arrives, so a file of any size holds one piece in memory. `name` is its path (or
 * upload name): it names the file in rejections, and CloudTrail's S3 layout in it supplies
 * a missing account or region. A file that cannot be read at all (not gzip after all, a
 * read error) ends in one rejection for the whole file.
 */
export async function* parseLogFile(
  name: string,
  bytes: LogBytes,
  onBytes: (count: number) => void,
  signal?: AbortSignal,
): AsyncGenerator<ParsedRecord[]> {
  const location = logFileLocation(name);
  const parsed = (
    result: NormalizedRecord,
    position: () => Omit<Rejection, "reason">,
  ): ParsedRecord =>
    result.ok
      ? { row: storeRow(result.event) }
      : { rejection: { ...position(), reason: result.reason } };
  const fromItems = (items: SplitItem[]): ParsedRecord[] =>
    items.map((item) => {
      const position = () => ({ file: name, record: item.index, line: item.line });
      return item.kind === "problem"
        ? { rejection: { ...position(), reason: item.reason } }
        : parsed(normalizeRecord(item.text, location), position);
    });

  // A file small enough is read whole and parsed at once, several times faster than record
  // by record; a larger one (or one that is not one JSON value) streams.
  let splitter: RecordSplitter | undefined;
  let held: string[] = [];
  let heldChars = 0;
  try {
    for await (const text of readLogText(bytes, onBytes)) {
      signal?.throwIfAborted();
      if (splitter) {
        yield fromItems(splitter.push(text));
        continue;
      }
      held.push(text);
      heldChars += text.length;
      if (heldChars > WHOLE_FILE_CHARS) {
        splitter = new RecordSplitter();
        yield fromItems(splitter.push(held.join("")));
        held = [];
      }
    }
    if (!splitter) {
      const whole = held.join("");
      held = [];
      const records = recordsOfWholeFile(whole);
      if (records) {
        let lines: number[] | undefined;
        yield records.map((value, index) =>
          parsed(normalizeValue(value, location), () => {
            // Lines are found only for a rejection, by reading the file as a stream would.
            lines ??= recordLines(whole);
            return { file: name, record: index + 1, line: lines[index] };
          }),
        );
        return;
      }
      splitter = new RecordSplitter();
      yield fromItems(splitter.push(whole));
    }
    yield fromItems(splitter.end());
  } catch (error) {
    if (signal?.aborted || !(error instanceof LogFileError || isReadError(error))) throw error;
    // What was read before the fault still loads; the record it cut goes with the file.
    if (!splitter && held.length > 0) yield fromItems(new RecordSplitter().push(held.join("")));
    yield [{ rejection: { file: name, reason: (error as Error).message } }];
  }
}

/**
 * The records of a file that is one JSON value holding them (`{"Records":[...]}`,
 * `{"Events":[...]}` or an array), or undefined for anything else.
 */
function recordsOfWholeFile(text: string): unknown[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) return value;
  if (typeof value !== "object" || value === null) return undefined;
  const { Records, Events } = value as { Records?: unknown; Events?: unknown };
  if (Array.isArray(Records)) return Records;
  if (Array.isArray(Events)) return Events;
  return undefined;
}

/** The line each record of a whole file starts on, in order. */
function recordLines(text: string): number[] {
  const splitter = new RecordSplitter();
  return [...splitter.push(text), ...splitter.end()].map((item) => item.line);
}

/** A file system error while reading (a file that vanished, a folder given as a file). */
function isReadError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}
