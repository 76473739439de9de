import {
  CloudTrailClient,
  paginateLookupEvents,
  type LookupEventsCommandOutput,
} from "@aws-sdk/client-cloudtrail";

import { LOOKUP_BURST, LOOKUP_CALLS_PER_SECOND } from "@/lib/cloudtrail/lookup-rate-limiter";
import { RateLimiter } from "@/lib/cloudtrail/rate-limiter";
import { scanEvents } from "@/lib/cloudtrail/scan-events";
import { LocalCloudTrail } from "@/lib/local-cloudtrail/local-cloudtrail";
import { LocalRequestHandler } from "@/lib/local-cloudtrail/sdk-request-handler";

import { verdict } from "./stats";

const holder = globalThis as typeof globalThis & {
  __trailscopeLocalCloudTrail?: LocalCloudTrail;
  __trailscopeLookupLimiter?: RateLimiter;
};

/** CloudTrail's ceiling for one region: 2 calls a second of 50 events each. */
const CEILING = 100;
const LONG_SCAN_PAGES = 60;
const PARALLEL_PAGES = 20;
const PARALLEL_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1"];

/**
 * Issue 3's fetching targets, on the seeded local service with CloudTrail's 2 calls/s
 * limit on: a long scan's throughput beside the ceiling and beside the SDK's own
 * paginator, and four regions scanned together against one alone.
 */
export async function benchScanThroughput(path: string): Promise<string> {
  const service = new LocalCloudTrail({ path });
  holder.__trailscopeLocalCloudTrail = service;
  const now = Date.now();
  const window = { startTime: now - 90 * 86_400_000, endTime: now };

  const fresh = () => {
    holder.__trailscopeLookupLimiter = new RateLimiter(LOOKUP_CALLS_PER_SECOND, LOOKUP_BURST);
  };
  // Each measurement starts with CloudTrail's bucket full again.
  const rest = () => new Promise((resolve) => setTimeout(resolve, 1500));

  fresh();
  const ours = await timeScan(["us-east-1"], LONG_SCAN_PAGES, window);
  await rest();
  const sdk = await timeSdkPaginator(service, LONG_SCAN_PAGES, window);
  await rest();
  fresh();
  const one = await timeScan(["us-east-1"], PARALLEL_PAGES, window);
  await rest();
  fresh();
  const four = await timeScan(PARALLEL_REGIONS, PARALLEL_PAGES, window);

  delete holder.__trailscopeLocalCloudTrail;
  delete holder.__trailscopeLookupLimiter;
  service.close();

  const share = (rate: number) => `${Math.round((rate / CEILING) * 100)}%`;
  const ratio = four.ms / one.ms;
  return [
    "## Scanning at CloudTrail's limit (issue 3)",
    "",
    `The local service throttles LookupEvents at 2 calls/s per region, as CloudTrail does. A long scan reads ${LONG_SCAN_PAGES} pages of 50 events of us-east-1 (last 90 days, no filter). CloudTrail's ceiling is 2 calls/s × 50 events = ${CEILING} events/s per region.`,
    "",
    "| scan | events | time | events/s | of ceiling | ThrottlingException reaching the caller | target |",
    "|---|---|---|---|---|---|---|",
    `| Trailscope (shared rate limiter, retries behind it) | ${ours.events} | ${(ours.ms / 1000).toFixed(1)} s | ${ours.rate.toFixed(1)} | ${share(ours.rate)} | ${ours.throttled} | ≥ 95% and none: ${verdict(ours.rate >= 0.95 * CEILING && ours.throttled === 0)} |`,
    `| SDK \`paginateLookupEvents\`, default retries | ${sdk.events} | ${(sdk.ms / 1000).toFixed(1)} s | ${sdk.rate.toFixed(1)} | ${share(sdk.rate)} | ${sdk.throttled} (the paginator was restarted from its last token each time) | for comparison |`,
    "",
    "A share a little over 100% comes from CloudTrail's burst: the first two calls of a region need not wait.",
    "",
    `Four regions (${PARALLEL_REGIONS.join(", ")}) scanned together, ${PARALLEL_PAGES} pages each, against us-east-1 alone: **${(four.ms / 1000).toFixed(1)} s against ${(one.ms / 1000).toFixed(1)} s, ratio ${ratio.toFixed(2)}** (target ≤ 1.2: ${verdict(ratio <= 1.2)}); ${four.events.toLocaleString("en-US")} events against ${one.events.toLocaleString("en-US")}, ${four.throttled} ThrottlingException reaching the caller.`,
    "",
  ].join("\n");
}

async function timeScan(
  regions: string[],
  pages: number,
  window: { startTime: number; endTime: number },
) {
  const started = performance.now();
  let events = 0;
  let throttled = 0;
  for await (const message of scanEvents(
    {
      regions,
      filter: { conditions: [], failuresOnly: false },
      ...window,
      maxPagesPerRegion: pages,
      matchLimit: Number.POSITIVE_INFINITY,
    },
    new AbortController().signal,
  )) {
    if (message.type === "page") events += message.scanned;
    if (message.type === "region-failed") {
      if (message.failure.code !== "ThrottlingException") throw new Error(message.failure.message);
      throttled++;
    }
  }
  const ms = performance.now() - started;
  return { events, ms, rate: (events / ms) * 1000, throttled };
}

/**
 * What an application gets from the SDK alone: the paginator as fast as it goes, with the
 * SDK's default retry strategy (3 attempts, backing off on throttling). When throttling
 * reaches the caller, it starts again from the last token, as a simple caller would.
 */
async function timeSdkPaginator(
  service: LocalCloudTrail,
  pages: number,
  window: { startTime: number; endTime: number },
) {
  const client = new CloudTrailClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIABENCH00000000002", secretAccessKey: "bench" },
    requestHandler: new LocalRequestHandler(() => service),
  });
  const started = performance.now();
  let events = 0;
  let read = 0;
  let throttled = 0;
  let token: string | undefined;
  while (read < pages) {
    try {
      const pager = paginateLookupEvents(
        { client, pageSize: 50, startingToken: token },
        { StartTime: new Date(window.startTime), EndTime: new Date(window.endTime) },
      );
      for await (const page of pager as AsyncIterable<LookupEventsCommandOutput>) {
        events += page.Events?.length ?? 0;
        token = page.NextToken;
        if (++read >= pages || !token) break;
      }
      if (!token) break;
    } catch (error) {
      if ((error as Error).name !== "ThrottlingException") throw error;
      throttled++;
    }
  }
  const ms = performance.now() - started;
  return { events, ms, rate: (events / ms) * 1000, throttled };
}
