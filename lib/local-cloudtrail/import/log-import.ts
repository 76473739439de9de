import "server-only";

import type { ImportProgress, ImportSummary, Rejection } from "@/lib/import/import-report";

import { insertStoreRows, type StoreRow } from "../store/events-repo";
import { noteImportedRegions } from "../store/imported-regions";
import type { Db } from "../store/open-database";
import { parseLogFile, type ParsedRecord } from "./parse-log-file";
import type { LogBytes } from "./read-log-text";

export interface LogImportOptions {
  /** Called at most every `progressEveryMs` while records load, and after each file. */
  onProgress?: (progress: ImportProgress) => void;
  progressEveryMs?: number;
  /** Records per transaction. */
  batchSize?: number;
  /** Rejections kept for the summary; the rest are counted. */
  maxRejections?: number;
  filesTotal?: number;
  bytesTotal?: number;
}

/**
 * Loads CloudTrail log files into the local store, one file after another, streaming: a
 * file's records are read, checked and written in batches, each batch one transaction.
 * A record already in the store (the same record: see schema.ts) is counted as a
 * duplicate, so importing files again adds nothing, and an import killed midway and run
 * again ends with the store a whole run gives: the batches it committed are duplicates
 * the second time. A bad record is reported with its file, position and reason, and the
 * rest of the file still loads.
 */
export class LogImport {
  private readonly started = performance.now();
  private readonly options: Required<
    Omit<LogImportOptions, "onProgress" | "filesTotal" | "bytesTotal">
  > &
    LogImportOptions;
  private loaded = 0;
  private duplicates = 0;
  private rejected = 0;
  private filesDone = 0;
  private bytesRead = 0;
  private file?: string;
  private lastProgress = 0;
  private readonly rejections: Rejection[] = [];
  private rejectionsOmitted = 0;
  private readonly skipped: { file: string; reason: string }[] = [];
  private readonly accounts = new Set<string>();
  private readonly regions = new Set<string>();
  private firstEventTime?: number;
  private lastEventTime?: number;
  private stopped?: string;
  private batch: StoreRow[] = [];

  constructor(
    private readonly db: Db,
    options: LogImportOptions = {},
  ) {
    this.options = { progressEveryMs: 250, batchSize: 5000, maxRejections: 1000, ...options };
  }

  /**
   * Reads one file, and writes its records before it returns. `name` is its path (or
   * upload name): it names the file in rejections, and CloudTrail's S3 layout in it
   * supplies a missing account or region.
   */
  async importFile(name: string, bytes: LogBytes, signal?: AbortSignal): Promise<void> {
    this.startFile(name);
    try {
      for await (const records of parseLogFile(name, bytes, (n) => this.readBytes(n), signal)) {
        this.add(records);
      }
      this.flush();
    } catch (error) {
      this.flush();
      if (signal?.aborted) this.stopped = "stopped before the end";
      throw error;
    }
    this.fileDone();
  }

  /**
   * The steps of importFile, for a reader that parses elsewhere (a worker thread): records
   * as parsed, bytes as read, and the end of each file.
   */
  add(records: ParsedRecord[]): void {
    for (const record of records) {
      if ("rejection" in record) {
        this.reject(record.rejection);
        continue;
      }
      this.note(record.row);
      this.batch.push(record.row);
      if (this.batch.length >= this.options.batchSize) this.flush();
    }
    this.progress(false);
  }

  readBytes(count: number): void {
    this.bytesRead += count;
  }

  startFile(name: string): void {
    this.file = name;
  }

  fileDone(): void {
    // A reader that parses elsewhere does not write at a file's end: its batches span files,
    // because CloudTrail delivers many small files and a transaction each would cost more.
    this.filesDone++;
    this.progress(true);
  }

  /** Marks the import as stopped before it read everything. */
  stop(reason: string): void {
    this.flush();
    this.stopped = reason;
  }

  /** A file passed over without reading, said in the summary. */
  skip(file: string, reason: string): void {
    this.skipped.push({ file, reason });
    this.filesDone++;
  }

  progressNow(): ImportProgress {
    return {
      loaded: this.loaded,
      duplicates: this.duplicates,
      rejected: this.rejected,
      filesDone: this.filesDone,
      filesTotal: this.options.filesTotal,
      bytesRead: this.bytesRead,
      bytesTotal: this.options.bytesTotal,
      elapsedMs: performance.now() - this.started,
      file: this.file,
    };
  }

  /** Writes the records still pending, then reports the whole import. */
  summary(): ImportSummary {
    this.flush();
    return {
      ...this.progressNow(),
      file: undefined,
      rejections: [...this.rejections],
      rejectionsOmitted: this.rejectionsOmitted,
      skipped: [...this.skipped],
      accounts: [...this.accounts].sort(),
      regions: [...this.regions].sort(),
      firstEventTime: this.firstEventTime,
      lastEventTime: this.lastEventTime,
      stopped: this.stopped,
    };
  }

  /** Writes the records read so far: one transaction, so a kill keeps all of it or none. */
  private flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    const inserted = this.db.transaction(() => {
      noteImportedRegions(this.db, new Set(batch.map((row) => row.region)));
      return insertStoreRows(this.db, batch);
    })();
    this.loaded += inserted;
    this.duplicates += batch.length - inserted;
  }

  private note(row: StoreRow): void {
    if (row.account !== undefined) this.accounts.add(row.account);
    this.regions.add(row.region);
    if (this.firstEventTime === undefined || row.time < this.firstEventTime) {
      this.firstEventTime = row.time;
    }
    if (this.lastEventTime === undefined || row.time > this.lastEventTime) {
      this.lastEventTime = row.time;
    }
  }

  private reject(rejection: Rejection): void {
    this.rejected++;
    if (this.rejections.length < this.options.maxRejections) this.rejections.push(rejection);
    else this.rejectionsOmitted++;
  }

  private progress(force: boolean): void {
    const now = performance.now();
    if (
      !this.options.onProgress ||
      (!force && now - this.lastProgress < this.options.progressEveryMs)
    )
      return;
    this.lastProgress = now;
    this.options.onProgress(this.progressNow());
  }
}
