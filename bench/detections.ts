import { evaluateDetections } from "@/lib/detections/evaluate";
import { DETECTION_RULES } from "@/lib/detections/rules";
import type { TrailEvent } from "@/lib/events/trail-event";

import { seededTrailEvents } from "./seeded-trail-events";
import { ms, percentile, verdict } from "./stats";

const EVENTS = 100_000;
const COLD_RUNS = 10;
const WARM_RUNS = 30;
const TARGET_MS = 500;

function time(events: readonly TrailEvent[]): { ms: number; flagged: number } {
  const started = performance.now();
  const flagged = evaluateDetections(events).size;
  return { ms: performance.now() - started, flagged };
}

/**
 * The detection rules over 100,000 events of the demo account. Cold runs hand the
 * evaluator fresh event objects each time, so every record rule runs on every event (a
 * first evaluation); warm runs reuse the objects, as the browser does when a page of events
 * streams in and it evaluates again, so only the bursts are counted anew.
 */
export async function benchDetections(): Promise<string> {
  const events = seededTrailEvents(EVENTS);
  const copies = () => events.map((event) => ({ ...event }));

  // The very first call also pays for compiling the rules' code.
  const first = time(copies());
  const cold: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const fresh = copies();
    cold.push(time(fresh).ms);
  }
  time(events);
  const warm: number[] = [];
  let flagged = 0;
  for (let i = 0; i < WARM_RUNS; i++) {
    const run = time(events);
    warm.push(run.ms);
    flagged = run.flagged;
  }

  const row = (label: string, samples: number[]) => {
    const worst = Math.max(...samples);
    return `| ${label} | ${samples.length} | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 95))} | ${ms(worst)} | ≤ ${TARGET_MS} ms | ${verdict(worst <= TARGET_MS)} |`;
  };

  return [
    "## Detections (issue 4)",
    "",
    `\`evaluateDetections\` with the ${DETECTION_RULES.length} rules over ${EVENTS.toLocaleString("en-US")} events of the demo seed (newest first). Cold: fresh event objects each run, so every record rule reads every event; warm: the same objects again, as when a page streams in, so the memoised record verdicts are reused and only the bursts are recounted. The first call of the process, which also compiles the rules, took ${ms(first.ms)}. ${flagged.toLocaleString("en-US")} events flagged (${((flagged / EVENTS) * 100).toFixed(2)} %).`,
    "",
    "| evaluation | runs | p50 | p95 | max | target | |",
    "|---|---|---|---|---|---|---|",
    row("cold (no memo)", cold),
    row("warm (memoised)", warm),
    "",
  ].join("\n");
}
