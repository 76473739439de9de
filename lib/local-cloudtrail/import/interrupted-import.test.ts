import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startImport, type ImportRun } from "./testing/import-cli";
import { datasetRecords, variedRecords, writeArchive } from "./testing/log-archive";

const FILES = 40;
const RECORDS = 12_000;
const ALL = RECORDS.toLocaleString("en-US");

/** Events in the store at `path`, or 0 while the store or its tables do not exist yet. */
function countStored(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** The whole of a store's events and their lookup rows, as one fingerprint and counts. */
function storeContents(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const fingerprint = (sql: string) => {
      const hash = createHash("sha256");
      let rows = 0;
      for (const row of db.prepare(sql).iterate()) {
        hash.update(JSON.stringify(row));
        rows++;
      }
      return { rows, sha256: hash.digest("hex") };
    };
    return {
      events: fingerprint(
        `SELECT seq, event_id, hex(digest) AS digest, region, category, event_time, event_name,
           event_source, username, read_only, access_key_id, resources, record
         FROM events ORDER BY seq`,
      ),
      resources: fingerprint(
        `SELECT event_seq, region, category, event_time, attribute, value
         FROM event_resources ORDER BY event_seq, attribute, value`,
      ),
    };
  } finally {
    db.close();
  }
}

/** Waits until the child has loaded some events, and returns how many it had then. */
async function whenSomeLoaded(run: ImportRun, path: string): Promise<number> {
  let exited = false;
  void run.done.then(() => (exited = true));
  for (;;) {
    const stored = countStored(path);
    if (stored > 0) return stored;
    if (exited)
      throw new Error(`the import ended before it was stopped: ${(await run.done).stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("an interrupted import", () => {
  let dir: string;
  let archive: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "trailscope-interrupted-"));
    archive = join(dir, "archive");
    writeArchive(archive, variedRecords(datasetRecords(), RECORDS), FILES);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("run again after SIGKILL ends with exactly the store of an uninterrupted run", async () => {
    const whole = join(dir, "whole.sqlite");
    const first = await startImport(whole, [archive]).done;
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^ {2}loaded {7}${ALL}$`, "m"));

    const resumed = join(dir, "resumed.sqlite");
    const killed = startImport(resumed, [archive]);
    await whenSomeLoaded(killed, resumed);
    killed.child.kill("SIGKILL");
    expect((await killed.done).signal).toBe("SIGKILL");
    const survived = countStored(resumed);
    expect(survived).toBeGreaterThan(0);
    expect(survived).toBeLessThan(RECORDS);

    const again = await startImport(resumed, [archive]).done;
    expect(again.code).toBe(0);
    // The committed batches are found again as duplicates; the rest loads.
    expect(again.stdout).toMatch(
      new RegExp(`^ {2}loaded {7}${(RECORDS - survived).toLocaleString("en-US")}$`, "m"),
    );
    expect(again.stdout).toMatch(
      new RegExp(`^ {2}duplicates {3}${survived.toLocaleString("en-US")}$`, "m"),
    );

    const expected = storeContents(whole);
    expect(expected.events.rows).toBe(RECORDS);
    expect(expected.resources.rows).toBeGreaterThan(0);
    expect(storeContents(resumed)).toEqual(expected);

    // A second whole run adds nothing.
    const repeat = await startImport(whole, [archive]).done;
    expect(repeat.code).toBe(0);
    expect(repeat.stdout).toMatch(/^ {2}loaded {7}0$/m);
    expect(repeat.stdout).toMatch(
      new RegExp(`^ {2}duplicates {3}${ALL} \\(all already in the store\\)$`, "m"),
    );
    expect(storeContents(whole)).toEqual(expected);
  });

  it("stops on Ctrl-C between batches, keeps and reports what it loaded, and exits with 130", async () => {
    const path = join(dir, "ctrl-c.sqlite");
    const run = startImport(path, [archive]);
    await whenSomeLoaded(run, path);
    run.child.kill("SIGINT");
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stdout).toMatch(/^Stopped after \d+ of 40 files/m);
    const stored = countStored(path);
    expect(stored).toBeLessThan(RECORDS);
    expect(result.stdout).toMatch(
      new RegExp(`^ {2}loaded {7}${stored.toLocaleString("en-US")}$`, "m"),
    );
  });
});
