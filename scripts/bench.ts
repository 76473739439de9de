/**
 * `npm run bench`: measures the targets the issues set and writes docs/BENCHMARKS.md.
 * Runs against the local CloudTrail service on a fresh seeded store in a temp folder.
 * `npm run bench -- import` runs only the import sections and replaces them in the file,
 * leaving the others as they were.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

import { benchActivity } from "../bench/activity";
import { benchBrowser, withBrowserApp } from "../bench/browser";
import { benchDetections } from "../bench/detections";
import { benchImportMemory, benchImportThroughput } from "../bench/import";
import { benchLocalService } from "../bench/local-service";
import { benchScanThroughput } from "../bench/scan-throughput";
import { benchTrailsPage } from "../bench/trails-page";

const DOC = "docs/BENCHMARKS.md";

/** Groups of sections that `npm run bench -- <group>` runs on their own. */
const GROUPS: Record<string, (dir: string) => Promise<string[]>> = {
  import: async (dir) => [
    await benchImportThroughput(join(dir, "throughput")),
    await benchImportMemory(join(dir, "memory")),
  ],
};

async function main() {
  const group = process.argv[2];
  if (group !== undefined && !(group in GROUPS)) {
    console.error(`Unknown group ${group}: npm run bench [-- ${Object.keys(GROUPS).join(" | ")}]`);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), "trailscope-bench-"));
  try {
    if (group !== undefined) {
      const sections = await GROUPS[group](dir);
      const doc = replaceSections(
        existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n",
        sections,
      );
      writeFileSync(DOC, doc);
      console.log(sections.join("\n"));
      return;
    }
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
      ...(await GROUPS.import(dir)),
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
    writeFileSync(DOC, doc + "\n");
    console.log(doc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The document with each section (from its "## " heading) swapped for the new one of that heading, or added at the end. */
function replaceSections(doc: string, sections: string[]): string {
  const parts = doc.split(/^(?=## )/m);
  for (const section of sections) {
    const heading = section.slice(0, section.indexOf("\n"));
    const at = parts.findIndex((part) => part.startsWith(`${heading}\n`));
    const text = section.endsWith("\n\n") ? section : `${section.trimEnd()}\n\n`;
    if (at >= 0) parts[at] = text;
    else parts.push(text);
  }
  return `${parts.join("").trimEnd()}\n`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
