/**
 * `npm run import -- <files or folders>`: loads CloudTrail log files into the local store,
 * with a progress bar on standard error and a summary at the end.
 */
import { parseArgs } from "node:util";

import { SingleBar } from "cli-progress";

import { getEnv } from "@/lib/env";
import { formatBytes } from "@/lib/format/format-bytes";
import { formatCount, formatNumber } from "@/lib/format/format-count";
import { visibleText } from "@/lib/format/visible-text";
import {
  importRate,
  rejectionPosition,
  type ImportProgress,
  type ImportSummary,
} from "@/lib/import/import-report";
import {
  findLogFiles,
  LogPathError,
  type LogFileList,
} from "@/lib/local-cloudtrail/import/find-log-files";
import { importFilesInWorker } from "@/lib/local-cloudtrail/import/import-in-worker";
import { LogImport } from "@/lib/local-cloudtrail/import/log-import";
import { LOOKUP_WINDOW_MS } from "@/lib/local-cloudtrail/operations/lookup-events";
import { openDatabase } from "@/lib/local-cloudtrail/store/open-database";

const USAGE = `Usage: npm run import -- <file or folder>...

Loads CloudTrail log files into Trailscope's local store (TRAILSCOPE_DATA_PATH,
default .data/local-cloudtrail.sqlite): S3 delivery files ({"Records":[...]}, .json or
.json.gz, in CloudTrail's AWSLogs/<account>/CloudTrail/<region>/ layout or loose), JSON
arrays of records, one record per line (.jsonl, .ndjson) and LookupEvents output
({"Events":[...]}). Folders are searched recursively; digest files and other files are
passed over and listed.

Importing the same files again adds nothing, so an import stopped midway (Ctrl-C) is
finished by running it again. A bad record is reported with its file and position, and
the rest still loads.

Exit status: 0 when the import ran (even if records were rejected), 1 on a usage error or
a path that cannot be read, 130 when stopped with Ctrl-C.`;

const EXIT_USAGE = 1;
const EXIT_INTERRUPTED = 130;
const LISTED = 20;
/** How often a line of progress is written when standard error is a file or a pipe. */
const LOG_EVERY_MS = 5000;

function fail(message: string, code = EXIT_USAGE): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseCommandLine(): string[] {
  try {
    const { values, positionals } = parseArgs({
      options: { help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (positionals.length === 0) fail(USAGE);
    return positionals;
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

async function main() {
  const paths = parseCommandLine();
  let env: ReturnType<typeof getEnv>;
  try {
    env = getEnv();
  } catch (error) {
    return fail((error as Error).message);
  }

  let found: LogFileList;
  try {
    found = await findLogFiles(paths);
  } catch (error) {
    if (error instanceof LogPathError) return fail(error.message);
    throw error;
  }

  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(env.dataPath);
    // An import does not wait for the disk at each checkpoint: it writes several times
    // faster. A killed import still loses nothing it committed (the OS has the writes);
    // only a power cut or an OS crash during an import could damage the store, which the
    // same command rebuilds from the archive.
    db.pragma("synchronous = OFF");
  } catch (error) {
    return fail(`Cannot open the store ${env.dataPath}: ${(error as Error).message}`);
  }
  const bar = progressBar();
  const filesTotal = found.files.length + found.skipped.length;
  const imp = new LogImport(db, {
    filesTotal,
    bytesTotal: found.bytesTotal,
    onProgress: (progress) => bar.update(progress.bytesRead, barPayload(progress)),
  });
  for (const { path, reason } of found.skipped) imp.skip(path, reason);

  // Ctrl-C stops between batches: what was committed stays, and the summary says what
  // was loaded. A second Ctrl-C leaves at once.
  const stop = new AbortController();
  process.once("SIGINT", () => {
    stop.abort();
    process.once("SIGINT", () => process.exit(EXIT_INTERRUPTED));
  });

  bar.start(Math.max(found.bytesTotal, 1), 0, barPayload(imp.progressNow()));
  let failure: unknown;
  try {
    // Parsing in a worker thread, writing here: the two cores share the work.
    const files = found.files.map((file) => ({ name: file.path, path: file.path }));
    await importFilesInWorker(imp, files, stop.signal);
  } catch (error) {
    if (!stop.signal.aborted) failure = error;
  }
  const summary = imp.summary();
  bar.stop();
  db.close();

  process.stdout.write(
    describeSummary(summary, {
      store: env.dataPath,
      interrupted: stop.signal.aborted,
      limitsLifted: env.localLimits === "none",
      awsMode: env.mode === "aws",
    }),
  );
  if (failure) {
    process.stderr.write(`The import stopped on an error: ${String(failure)}\n`);
    process.exit(1);
  }
  process.exit(stop.signal.aborted ? EXIT_INTERRUPTED : 0);
}

function progressBar(): SingleBar {
  const tty = process.stderr.isTTY === true;
  return new SingleBar({
    stream: process.stderr,
    format: tty
      ? "{bar} {percentage}% | {bytes} | files {files} | {loaded} loaded, {duplicates} duplicate, {rejected} rejected | {rate} records/s"
      : "importing: {percentage}% | {bytes} | files {files} | {loaded} loaded, {duplicates} duplicate, {rejected} rejected | {rate} records/s",
    barsize: 24,
    hideCursor: tty,
    // Without a terminal, a line every few seconds instead of a bar redrawn in place.
    noTTYOutput: true,
    notTTYSchedule: LOG_EVERY_MS,
  });
}

function barPayload(progress: ImportProgress) {
  return {
    bytes: `${formatBytes(progress.bytesRead)} of ${formatBytes(progress.bytesTotal ?? 0)}`,
    files: `${progress.filesDone}/${progress.filesTotal ?? "?"}`,
    loaded: formatNumber(progress.loaded),
    duplicates: formatNumber(progress.duplicates),
    rejected: formatNumber(progress.rejected),
    rate: formatNumber(Math.round(importRate(progress))),
  };
}

interface SummaryContext {
  store: string;
  interrupted: boolean;
  limitsLifted: boolean;
  awsMode: boolean;
}

// Names and reasons come from the files and their records, which anyone could have written:
// a control character in them must not reach the terminal as itself (visible-text.ts).
function describeSummary(summary: ImportSummary, context: SummaryContext): string {
  const read = summary.filesDone - summary.skipped.length;
  const lines: string[] = [];
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  lines.push(
    context.interrupted
      ? `Stopped after ${read} of ${formatCount((summary.filesTotal ?? 0) - summary.skipped.length, "file")} (${formatBytes(summary.bytesRead)}), ${seconds} s, store ${context.store}.`
      : `Imported ${formatCount(read, "file")} (${formatBytes(summary.bytesRead)}) in ${seconds} s into ${context.store}.`,
    "",
    `  loaded       ${formatNumber(summary.loaded)}`,
    `  duplicates   ${formatNumber(summary.duplicates)}${summary.duplicates > 0 && summary.loaded === 0 ? " (all already in the store)" : ""}`,
    `  rejected     ${formatNumber(summary.rejected)}`,
    `  records/s    ${formatNumber(Math.round(importRate(summary)))}`,
  );
  if (summary.accounts.length) lines.push(`  accounts     ${someOf(summary.accounts)}`);
  if (summary.regions.length) lines.push(`  regions      ${someOf(summary.regions)}`);
  if (summary.firstEventTime !== undefined && summary.lastEventTime !== undefined) {
    lines.push(
      `  time span    ${isoTime(summary.firstEventTime)} to ${isoTime(summary.lastEventTime)}`,
    );
  }

  if (summary.rejected > 0) {
    const shown = summary.rejections.slice(0, LISTED);
    lines.push("", "Rejected:");
    for (const rejection of shown) {
      lines.push(
        `  ${visibleText(rejection.file)}, ${rejectionPosition(rejection)}: ${visibleText(rejection.reason)}`,
      );
    }
    if (summary.rejected > shown.length) {
      lines.push(`  … and ${formatNumber(summary.rejected - shown.length)} more`);
    }
  }
  if (summary.skipped.length > 0) {
    lines.push("", `Passed over ${formatCount(summary.skipped.length, "file")}:`);
    for (const { file, reason } of summary.skipped.slice(0, LISTED)) {
      lines.push(`  ${visibleText(file)}: ${reason}`);
    }
    if (summary.skipped.length > LISTED) {
      lines.push(`  … and ${formatNumber(summary.skipped.length - LISTED)} more`);
    }
  }

  if (context.interrupted) {
    lines.push(
      "",
      "What was loaded so far stays in the store. Run the same command again to finish: the records already loaded count as duplicates.",
    );
  }
  if (
    !context.limitsLifted &&
    summary.firstEventTime !== undefined &&
    summary.firstEventTime < Date.now() - LOOKUP_WINDOW_MS
  ) {
    lines.push(
      "",
      "Some of these events are older than 90 days. Like CloudTrail, the local service shows only the last 90 days: start Trailscope with TRAILSCOPE_LOCAL_LIMITS=none to browse them.",
    );
  }
  if (context.awsMode) {
    lines.push(
      "",
      "TRAILSCOPE_MODE is aws: the dashboard reads AWS, not this store. Imported events show in local mode.",
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A list cut to its first few, with how many more: an archive can span hundreds of accounts. */
function someOf(items: string[], shown = 10): string {
  const head = items.slice(0, shown).map(visibleText).join(", ");
  return items.length > shown ? `${head} and ${formatNumber(items.length - shown)} more` : head;
}

/** CloudTrail's own way of writing times: UTC, whole seconds. */
const isoTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

main().catch((error) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
