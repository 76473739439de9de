import "server-only";

import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

import { isDigestFile } from "./log-file-location";

export interface LogFile {
  path: string;
  size: number;
}

export interface LogFileList {
  /** The files to read, in the order given (a folder's files sorted by path). */
  files: LogFile[];
  /** Files found in folders (or named) that hold no events, with why they are passed over. */
  skipped: { path: string; reason: string }[];
  /** The files' sizes added up, for progress by bytes. */
  bytesTotal: number;
}

/** A path that is not there or cannot be listed: nothing is imported. */
export class LogPathError extends Error {}

// What CloudTrail delivers (.json.gz), what people save (.json), one record per line
// (.jsonl, .ndjson), and any of these compressed.
const LOG_FILE = /\.(?:json|jsonl|ndjson)(?:\.gz)?$|\.gz$/i;

const DIGEST_REASON = "a digest file (log file integrity validation), not events";
const OTHER_REASON = "not a log file (.json, .jsonl, .ndjson or .gz)";

/**
 * The log files the command line's arguments name: files as given, folders walked
 * recursively in sorted order for log files. Digest files are passed over and listed, like
 * the other files a folder holds. Every path is checked before anything is read, so a
 * mistyped path stops the import before it starts rather than halfway.
 */
export async function findLogFiles(paths: string[]): Promise<LogFileList> {
  const list: LogFileList = { files: [], skipped: [], bytesTotal: 0 };
  const seen = new Set<string>();
  const add = async (path: string, size: number, named: boolean) => {
    const real = await realpath(path);
    if (seen.has(real)) return;
    seen.add(real);
    if (isDigestFile(path)) list.skipped.push({ path, reason: DIGEST_REASON });
    else if (!named && !LOG_FILE.test(path)) list.skipped.push({ path, reason: OTHER_REASON });
    else {
      list.files.push({ path, size });
      list.bytesTotal += size;
    }
  };
  const walk = async (folder: string, visited: Set<string>) => {
    const real = await realpath(folder);
    // A symbolic link back up the tree would otherwise be walked forever.
    if (visited.has(real)) return;
    const inside = new Set(visited).add(real);
    const names = (await readdir(folder)).sort(byCodePoint);
    for (const name of names) {
      const path = join(folder, name);
      const info = await stat(path).catch(() => undefined);
      // A dangling link or a file removed meanwhile: nothing to read there.
      if (!info) continue;
      if (info.isDirectory()) await walk(path, inside);
      else if (info.isFile()) await add(path, info.size, false);
    }
  };

  for (const given of paths) {
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => {
      throw new LogPathError(
        error.code === "ENOENT"
          ? `${given}: no such file or folder`
          : `${given}: cannot be read (${error.code ?? error.message})`,
      );
    });
    try {
      if (info.isDirectory()) await walk(given, new Set());
      else await add(given, info.size, true);
    } catch (error) {
      if (error instanceof LogPathError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new LogPathError(`${given}: cannot be read (${code ?? (error as Error).message})`);
    }
  }
  return list;
}

/** Sorted by code point, so the order is the same on every machine and locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
