import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { findLogFiles, LogPathError } from "./find-log-files";

describe("findLogFiles", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const tree = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "trailscope-find-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  it("walks folders in sorted order for log files and lists what it passes over", async () => {
    const base = "AWSLogs/111122223333/CloudTrail/us-east-1/2024/03";
    const dir = tree({
      [`${base}/02/b.json.gz`]: "xx",
      [`${base}/02/a.json.gz`]: "x",
      [`${base}/10/c.json`]: "xxx",
      [`${base}/01/d.jsonl`]: "xxxx",
      "loose/e.ndjson": "y",
      "loose/f.NDJSON.GZ": "y",
      "loose/g.log.gz": "y",
      "loose/notes.txt": "not a log",
      "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2024/03/02/digest.json.gz": "z",
    });

    const found = await findLogFiles([dir]);

    expect(found.files.map((f) => f.path.slice(dir.length + 1))).toEqual([
      `${base}/01/d.jsonl`,
      `${base}/02/a.json.gz`,
      `${base}/02/b.json.gz`,
      `${base}/10/c.json`,
      "loose/e.ndjson",
      "loose/f.NDJSON.GZ",
      "loose/g.log.gz",
    ]);
    expect(found.bytesTotal).toBe(4 + 1 + 2 + 3 + 1 + 1 + 1);
    expect(found.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason])).toEqual([
      [
        "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2024/03/02/digest.json.gz",
        "a digest file (log file integrity validation), not events",
      ],
      ["loose/notes.txt", "not a log file (.json, .jsonl, .ndjson or .gz)"],
    ]);
  });

  it("takes a named file as given, once however often it is named", async () => {
    const dir = tree({ "export.txt": "[]", "logs/a.json": "{}" });
    const found = await findLogFiles([
      join(dir, "export.txt"),
      join(dir, "logs"),
      join(dir, "logs", "a.json"),
    ]);
    expect(found.files).toEqual([
      { path: join(dir, "export.txt"), size: 2 },
      { path: join(dir, "logs", "a.json"), size: 2 },
    ]);
    expect(found.skipped).toEqual([]);
  });

  it("passes over a named digest file", async () => {
    const dir = tree({ "111122223333_CloudTrail-Digest_us-east-1_x_20240302T0000Z.json.gz": "z" });
    const found = await findLogFiles([dir]);
    expect(found.files).toEqual([]);
    expect(found.skipped).toHaveLength(1);
  });

  it("stops on a missing path before reading anything", async () => {
    const dir = tree({ "a.json": "{}" });
    const missing = join(dir, "nope.json.gz");
    await expect(findLogFiles([dir, missing])).rejects.toThrow(
      new LogPathError(`${missing}: no such file or folder`),
    );
  });

  it("does not loop on a symbolic link back up the tree", async () => {
    const dir = tree({ "logs/a.json": "{}" });
    symlinkSync(dir, join(dir, "logs", "up"));
    const found = await findLogFiles([join(dir, "logs")]);
    expect(found.files.map((f) => f.path)).toEqual([join(dir, "logs", "a.json")]);
  });
});
