import type { ParsedRecord } from "./parse-log-file";

/** What the import (main thread) tells the parse worker. */
export type ToParseWorker =
  | { type: "files"; files: { name: string; path: string }[] }
  /** One more batch may be sent: the main thread has written one. */
  | { type: "credit" };

/** What the parse worker tells the import. */
export type FromParseWorker =
  | { type: "records"; records: ParsedRecord[]; bytes: number }
  | { type: "file-done" }
  | { type: "failed"; message: string };

/** Records per message: big enough that messaging costs little, small enough to stay smooth. */
export const WORKER_BATCH = 2000;

/** Batches the worker may have in flight: it parses ahead while the main thread writes. */
export const WORKER_CREDITS = 3;
