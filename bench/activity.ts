import { ActivityAggregator } from "@/lib/activity/activity-aggregator";
import { ACTIVITY_DIMENSION_IDS } from "@/lib/activity/dimensions";

import { seededTrailEvents } from "./seeded-trail-events";
import { ms, percentile, verdict } from "./stats";

const EVENTS = 100_000;
const RUNS = 15;
const TARGET_MS = 100;

/**
 * Aggregating 100,000 events into the Overview's chart series: every bucket of every
 * dimension, the top lists, and the snapshot the server sends (JSON included, since that
 * is what a snapshot costs the server each second).
 */
export async function benchActivity(): Promise<string> {
  const events = seededTrailEvents(EVENTS);
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const time = Date.parse(event.time);
    if (time < start) start = time;
    if (time > end) end = time;
  }
  const times: number[] = [];
  let bytes = 0;
  let buckets = 0;
  let first = 0;
  // The first run includes compiling the code; a server that has served one Overview is past it.
  for (let run = 0; run <= RUNS; run++) {
    const began = performance.now();
    const snapshot = new ActivityAggregator(start, end + 1).addAll(events).snapshot();
    bytes = JSON.stringify(snapshot).length;
    const took = performance.now() - began;
    if (run === 0) first = took;
    else times.push(took);
    buckets = snapshot.layout.count;
  }
  const p95 = percentile(times, 95);
  const days = ((end - start) / 86_400_000).toFixed(1);
  return [
    "## Activity charts (issue 4)",
    "",
    `Aggregating ${EVENTS.toLocaleString("en-US")} seeded events (${days} days) into chart series: ${buckets} time buckets, each of the ${ACTIVITY_DIMENSION_IDS.length} stacking dimensions and the five top lists, then the snapshot serialised as the server sends it (${(bytes / 1024).toFixed(1)} KiB). ${RUNS} runs after a first one (the cold run, with the code still being compiled: ${ms(first)}), in-process (bench/activity.ts).`,
    "",
    "| runs | p50 | p95 | max | target | result |",
    "|---|---|---|---|---|---|",
    `| ${RUNS} | ${ms(percentile(times, 50))} | ${ms(p95)} | ${ms(Math.max(...times))} | ≤ ${TARGET_MS} ms | ${verdict(p95 <= TARGET_MS)} |`,
    "",
  ].join("\n");
}
