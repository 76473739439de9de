import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { GetTrailStatusCommand, LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { afterEach, describe, expect, it } from "vitest";

import { LocalCloudTrail } from "../local-cloudtrail";
import { createHarness } from "../testing/harness";
import { LogImport } from "../import/log-import";
import { getMeta, openDatabase } from "./open-database";

describe("persistence", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempStore = () => {
    const dir = mkdtempSync(join(tmpdir(), "trailscope-store-"));
    dirs.push(dir);
    return join(dir, "nested", "store.sqlite");
  };

  it("uses WAL and keeps trails and history across a restart", async () => {
    const path = tempStore();
    const db = openDatabase(path);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();

    const first = new LocalCloudTrail({ path, seed: false });
    const auth =
      "AWS4-HMAC-SHA256 Credential=AKIA1/20261124/us-east-1/cloudtrail/aws4_request, SignedHeaders=host, Signature=x";
    const created = first.handleInProcess({
      method: "POST",
      headers: { "x-amz-target": "CloudTrail_20131101.CreateTrail", authorization: auth },
      body: JSON.stringify({ Name: "kept", S3BucketName: "kept-logs" }),
    });
    expect(created.statusCode).toBe(200);
    first.close();

    const second = new LocalCloudTrail({ path, seed: false });
    const listed = second.handleInProcess({
      method: "POST",
      headers: { "x-amz-target": "CloudTrail_20131101.ListTrails", authorization: auth },
      body: "{}",
    });
    expect(JSON.parse(listed.body).Trails).toEqual([
      {
        Name: "kept",
        HomeRegion: "us-east-1",
        TrailARN: "arn:aws:cloudtrail:us-east-1:123456789012:trail/kept",
      },
    ]);
    second.close();
  });

  it("loses nothing when the process is killed between calls", async () => {
    const path = tempStore();
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        join(__dirname, "../testing/write-then-hang.ts"),
        path,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("written") && resolve());
      child.on("exit", (code) => reject(new Error(`child exited early with ${code}`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const h = createHarness({ path, lookupEventsPerSecond: null });
    try {
      h.advance(Date.now() - h.now);
      const status = await h.client().send(new GetTrailStatusCommand({ Name: "survivor" }));
      expect(status.IsLogging).toBe(true);
      const { Events = [] } = await h.client().send(
        new LookupEventsCommand({
          LookupAttributes: [{ AttributeKey: "ReadOnly", AttributeValue: "false" }],
        }),
      );
      expect(Events.map((e) => e.EventName)).toEqual(["StartLogging", "CreateTrail"]);
    } finally {
      h.close();
    }
  });

  it("seeds an empty store once, and tops the history up later", () => {
    const path = tempStore();
    let now = Date.parse("2026-11-24T12:00:00Z");
    const service = new LocalCloudTrail({ path, now: () => now });
    const count = () =>
      (service.db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
    const seeded = count();
    expect(seeded).toBeGreaterThan(50_000);
    expect(getMeta(service.db, "seeded_until")).toBe(String(now));
    service.close();

    now += 6 * 60 * 60_000;
    const reopened = new LocalCloudTrail({ path, now: () => now });
    // Reopening does not seed again...
    expect((reopened.db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n).toBe(
      seeded,
    );
    // ...but a lookup brings the demo account's activity up to now.
    const auth =
      "AWS4-HMAC-SHA256 Credential=AKIA1/20261124/us-east-1/cloudtrail/aws4_request, SignedHeaders=host, Signature=x";
    reopened.handleInProcess({
      method: "POST",
      headers: { "x-amz-target": "CloudTrail_20131101.LookupEvents", authorization: auth },
      body: "{}",
    });
    const after = (reopened.db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number })
      .n;
    expect(after).toBeGreaterThan(seeded + 6);
    expect(getMeta(reopened.db, "seeded_until")).toBe(String(now));
    reopened.close();
  });

  it("does not seed the demo account into a store log files were imported into first", async () => {
    const path = tempStore();
    const db = openDatabase(path);
    const record = {
      eventTime: "2020-09-14T00:44:23Z",
      eventName: "GetObject",
      eventSource: "s3.amazonaws.com",
      awsRegion: "us-east-1",
      eventID: "6e4c4f55-0000-4000-8000-000000000001",
    };
    const imp = new LogImport(db);
    const bytes = new TextEncoder().encode(JSON.stringify([record]));
    await imp.importFile(
      "case.json",
      (async function* () {
        yield bytes;
      })(),
    );
    db.close();

    const service = new LocalCloudTrail({ path });
    const rows = service.db.prepare("SELECT event_id FROM events").all();
    expect(rows).toEqual([{ event_id: record.eventID }]);
    expect(getMeta(service.db, "seed_anchor")).toBeUndefined();
    service.close();
  });
});
