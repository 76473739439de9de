import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";

import { findLogFiles } from "@/lib/local-cloudtrail/import/find-log-files";
import { importFilesInWorker } from "@/lib/local-cloudtrail/import/import-in-worker";
import { LogImport } from "@/lib/local-cloudtrail/import/log-import";
import { startImport } from "@/lib/local-cloudtrail/import/testing/import-cli";
import {
  deliveryPath,
  writeLogFile,
  type LogRecord,
} from "@/lib/local-cloudtrail/import/testing/log-archive";
import { generateEvents } from "@/lib/local-cloudtrail/seed";
import { countEvents } from "@/lib/local-cloudtrail/store/events-repo";
import { openDatabase } from "@/lib/local-cloudtrail/store/open-database";

import { verdict } from "./stats";

const DAY = 24 * 60 * 60 * 1000;
/** A fixed anchor, so every run generates the same archive. */
const ANCHOR = Date.UTC(2026, 0, 1);
const ARCHIVE_DAYS = 180;
const THROUGHPUT_TARGET = 50_000;
const BIG_INPUT_BYTES = 1024 ** 3;
const PEAK_RSS_TARGET = 300 * 1024 ** 2;
/** How much the resident set may grow between the first and the second half of the big import and still count as flat. */
const FLAT_SLACK = 32 * 1024 ** 2;
const SAMPLE_EVERY_MS = 100;

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const count = (value: number) => Math.round(value).toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The demo account's activity over half a year, oldest first, as CloudTrail records. */
function demoRecords(): LogRecord[] {
  return generateEvents({ anchor: ANCHOR, from: ANCHOR - ARCHIVE_DAYS * DAY, to: ANCHOR })
    .map((event) => event.record as LogRecord)
    .sort((a, b) => String(a.eventTime).localeCompare(String(b.eventTime)));
}

/**
 * Writes records as CloudTrail delivers them: one `.json.gz` per account, region and day,
 * in the `AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/` layout.
 */
function writeDeliveryArchive(dir: string, records: LogRecord[]): number {
  const groups = new Map<string, LogRecord[]>();
  for (const record of records) {
    const key = `${String(record.recipientAccountId)}/${String(record.awsRegion)}/${String(record.eventTime).slice(0, 10)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(record);
  }
  let files = 0;
  for (const group of groups.values()) {
    writeLogFile(join(dir, deliveryPath(group[0], `bench${files}`)), group);
    files++;
  }
  return files;
}

/**
 * Issue 7's first target: records per second loaded from CloudTrail's own delivery files
 * (gzip) into an empty store, through LogImport as the command line and the import route
 * use it. A second run over the same files measures a re-import (all duplicates).
 */
export async function benchImportThroughput(dir: string): Promise<string> {
  const archive = join(dir, "archive");
  const records = demoRecords();
  const files = writeDeliveryArchive(archive, records);
  const found = await findLogFiles([archive]);
  const plainBytes = records.reduce((sum, record) => sum + JSON.stringify(record).length, 0);

  // As `npm run import` runs: parsing in a worker thread, writes without waiting for the
  // disk; or as the Import page runs: one file at a time in the server's thread.
  const run = async (store: string, how: "command" | "page") => {
    const db = openDatabase(store);
    if (how === "command") db.pragma("synchronous = OFF");
    const imp = new LogImport(db, { filesTotal: found.files.length, bytesTotal: found.bytesTotal });
    const started = performance.now();
    if (how === "command") {
      await importFilesInWorker(
        imp,
        found.files.map((file) => ({ name: file.path, path: file.path })),
      );
    } else {
      for (const file of found.files) {
        await imp.importFile(
          file.path,
          createReadStream(file.path, { highWaterMark: 1024 * 1024 }),
        );
      }
    }
    const summary = imp.summary();
    const ms = performance.now() - started;
    const stored = countEvents(db);
    db.close();
    return { ms, summary, stored };
  };
  const store = join(dir, "throughput.sqlite");
  const first = await run(store, "command");
  const again = await run(store, "command");
  const page = await run(join(dir, "throughput-page.sqlite"), "page");
  rmSync(archive, { recursive: true, force: true });
  for (const path of [store, join(dir, "throughput-page.sqlite")]) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }

  for (const result of [first, page]) {
    if (result.summary.loaded !== records.length || result.stored !== records.length) {
      throw new Error(`imported ${result.summary.loaded} of ${records.length} records`);
    }
  }
  const rate = (first.summary.loaded * 1000) / first.ms;
  const pageRate = (page.summary.loaded * 1000) / page.ms;
  const againRate = (again.summary.duplicates * 1000) / again.ms;
  return [
    "## Import throughput from .json.gz (issue 7)",
    "",
    `The demo account's activity over ${ARCHIVE_DAYS} days (the seed generator, fixed anchor): **${count(records.length)} records** (${mb(plainBytes)} of record JSON, ${count(plainBytes / records.length)} bytes a record on average) written as CloudTrail delivers them, \`{"Records":[...]}\` gzip, one file per region and day in the \`AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/\` layout: ${count(files)} files, ${mb(found.bytesTotal)} compressed. Imported into an empty store in a temp folder as \`npm run import\` does (\`LogImport\` with the parsing in a worker thread: gunzip, parsing, checking each record and its digest; the inserts with the lookup indexes in this thread, 5,000 records a transaction, \`synchronous=OFF\`), and as the Import page does (one file at a time, all in one thread).`,
    "",
    "| run | records | time | records/s | target | |",
    "|---|---|---|---|---|---|",
    `| \`npm run import\`, into an empty store | ${count(first.summary.loaded)} loaded | ${seconds(first.ms)} | ${count(rate)} | ≥ ${count(THROUGHPUT_TARGET)} | ${verdict(rate >= THROUGHPUT_TARGET)} |`,
    `| as the Import page, into an empty store | ${count(page.summary.loaded)} loaded | ${seconds(page.ms)} | ${count(pageRate)} | — | |`,
    `| the same files again | ${count(again.summary.duplicates)} duplicates, ${count(again.summary.loaded)} loaded | ${seconds(again.ms)} | ${count(againRate)} | — | |`,
    "",
  ].join("\n");
}

/**
 * Writes a single uncompressed `{"Records":[...]}` file of about `bytes`, streaming: the
 * hardest case for an importer that streams, as nothing in it says where a record ends but
 * its brackets. The demo account's records, repeated under fresh eventIDs and times moved
 * back by the span of the pool each round, so every one is a new event.
 */
async function writeBigLogFile(path: string, pool: LogRecord[], bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const first = Date.parse(String(pool[0].eventTime));
  const span = Date.parse(String(pool[pool.length - 1].eventTime)) - first + DAY;
  let written = 0;
  let records = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write('{"Records":[');
  while (written < bytes) {
    const round = Math.floor(records / pool.length);
    const template = pool[records % pool.length];
    const time = new Date(Date.parse(String(template.eventTime)) - round * span);
    const record = {
      ...template,
      eventID: `00000000-0000-4000-8000-${records.toString(16).padStart(12, "0")}`,
      eventTime: time.toISOString().replace(/\.\d{3}Z$/, "Z"),
    };
    await write((records > 0 ? "," : "") + JSON.stringify(record));
    records++;
  }
  await write("]}");
  out.end();
  await once(out, "finish");
  return records;
}

function procStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0) * 1024;
    return { rss: field("VmRSS"), hwm: field("VmHWM") };
  } catch {
    return undefined;
  }
}

/**
 * Issue 7's second target: the resident memory of `npm run import` (the real command
 * line, in a child process) over a 1 GB input, sampled from /proc every 100 ms.
 */
export async function benchImportMemory(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const input = join(dir, "big.json");
  const pool = demoRecords().slice(0, 100_000);
  const records = await writeBigLogFile(input, pool, BIG_INPUT_BYTES);
  pool.length = 0;
  const inputBytes = (await findLogFiles([input])).bytesTotal;

  const store = join(dir, "memory.sqlite");
  const run = startImport(store, [input]);
  const pid = run.child.pid;
  if (pid === undefined) throw new Error("the import did not start");
  const started = performance.now();
  const samples: { at: number; rss: number }[] = [];
  let hwm = 0;
  const timer = setInterval(() => {
    const status = procStatus(pid);
    if (!status) return;
    samples.push({ at: performance.now() - started, rss: status.rss });
    hwm = Math.max(hwm, status.hwm);
  }, SAMPLE_EVERY_MS);
  const result = await run.done;
  clearInterval(timer);
  const ms = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`the import failed (${result.code}): ${result.stderr}`);
  const loaded = /^ {2}loaded +([\d,]+)$/m.exec(result.stdout)?.[1] ?? "?";

  const peakBetween = (from: number, to: number) =>
    Math.max(0, ...samples.filter((s) => s.at >= from * ms && s.at < to * ms).map((s) => s.rss));
  const firstHalf = peakBetween(0, 0.5);
  const secondHalf = peakBetween(0.5, 1.01);
  const peak = Math.max(hwm, ...samples.map((s) => s.rss));
  const flat = secondHalf <= firstHalf + FLAT_SLACK;
  const tenths = Array.from({ length: 10 }, (_, i) => mb(peakBetween(i / 10, (i + 1) / 10)));

  return [
    "## Import memory on a 1 GB input (issue 7)",
    "",
    `One uncompressed \`{"Records":[...]}\` file of ${mb(inputBytes)} (${count(records)} records on one line: the demo account's records repeated under fresh eventIDs and earlier times), written streaming; the hardest case for streaming, since only the brackets say where a record ends. Imported by \`npm run import\` (scripts/import.ts under tsx with the Node flags of package.json's import script, which bound V8's heap so that it collects garbage before it grows: \`--max-old-space-size=192 --max-semi-space-size=4\`, and its parse worker's, at 160 MB; both threads count in the process's resident set; in a child process, standard error not a terminal) into an empty store; the child's resident set sampled from /proc/<pid>/status every ${SAMPLE_EVERY_MS} ms, and its VmHWM (the kernel's high-water mark). ${loaded} events loaded in ${seconds(ms)} (${count((records * 1000) / ms)} records/s, process start included). Input and store deleted afterwards.`,
    "",
    "| measure | value | target | |",
    "|---|---|---|---|",
    `| peak resident set (VmHWM) | ${mb(peak)} | < ${mb(PEAK_RSS_TARGET)} | ${verdict(peak < PEAK_RSS_TARGET)} |`,
    `| peak in the first half of the run / in the second half | ${mb(firstHalf)} / ${mb(secondHalf)} | flat (second ≤ first + ${mb(FLAT_SLACK)}) | ${verdict(flat)} |`,
    "",
    `Peak resident set in each tenth of the run: ${tenths.join(", ")}.`,
    "",
  ].join("\n");
}
