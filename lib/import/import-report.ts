/**
 * What an import reports, while it runs and at its end. Plain data, shared by the command
 * line, the import route and the Import page.
 */

export interface ImportProgress {
  /** Records loaded into the store (new to it). */
  loaded: number;
  /** Records the store already held: imported before, or twice in these files. */
  duplicates: number;
  /** Records that could not be loaded (see `rejections`), and files that could not be read. */
  rejected: number;
  filesDone: number;
  filesTotal?: number;
  /** Bytes read from the files (compressed bytes for .gz), against `bytesTotal` when known. */
  bytesRead: number;
  bytesTotal?: number;
  elapsedMs: number;
  /** The file being read. */
  file?: string;
}

/** One record that was not loaded, or a file that could not be read (no `record`). */
export interface Rejection {
  file: string;
  /** The record's position in its file, from 1. */
  record?: number;
  line?: number;
  reason: string;
}

export interface ImportSummary extends ImportProgress {
  /** The first rejections, up to a limit; `rejectionsOmitted` counts the rest. */
  rejections: Rejection[];
  rejectionsOmitted: number;
  /** Files passed over: digest files and files that are not logs. */
  skipped: { file: string; reason: string }[];
  /** Accounts, regions and time span (epoch ms) of the records read (loaded or duplicate). */
  accounts: string[];
  regions: string[];
  firstEventTime?: number;
  lastEventTime?: number;
  /** Set when the import was stopped before it read everything. */
  stopped?: string;
}

/** "record 12, line 13" or "the whole file". */
export function rejectionPosition(rejection: Rejection): string {
  if (rejection.record === undefined) return "the whole file";
  return rejection.line === undefined
    ? `record ${rejection.record}`
    : `record ${rejection.record}, line ${rejection.line}`;
}

/** Records per second over an import so far. */
export function importRate(progress: ImportProgress): number {
  const records = progress.loaded + progress.duplicates + progress.rejected;
  return progress.elapsedMs > 0 ? (records * 1000) / progress.elapsedMs : 0;
}
