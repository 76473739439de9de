/**
 * `npm run bench`: measures the targets the issues set and writes docs/BENCHMARKS.md.
 * Runs against the local CloudTrail service on a fresh seeded store in a temp folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

import { benchActivity } from "../bench/activity";
import { benchBrowser, withBrowserApp } from "../bench/browser";
import { benchDetections } from "../bench/detections";
import { benchLocalService } from "../bench/local-service";
import { benchScanThroughput } from "../bench/scan-throughput";
import { benchTrailsPage } from "../bench/trails-page";

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "trailscope-bench-"));
  try {
    const sections = [
      await benchLocalService(join(dir, "store.sqlite")),
      await benchScanThroughput(join(dir, "throttled.sqlite")),
      // One build, server and browser for both pages; the Trails page adds trails, so it goes second.
      ...(await withBrowserApp(dir, async (app) => [
        await benchBrowser(app),
        await benchTrailsPage(app),
      ])),
      await benchActivity(),
      await benchDetections(),
    ];
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const doc = [
      "# Benchmarks",
      "",
      "Written by `npm run bench` (scripts/bench.ts); figures from the last run.",
      "",
      `- Date: ${new Date().toISOString().slice(0, 10)}`,
      `- Machine: ${machine}`,
      "",
      ...sections,
    ].join("\n");
    writeFileSync("docs/BENCHMARKS.md", doc + "\n");
    console.log(doc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
