import {
  CloudTrailClient,
  LookupEventsCommand,
  type LookupAttribute,
} from "@aws-sdk/client-cloudtrail";

import { LocalCloudTrail } from "@/lib/local-cloudtrail/local-cloudtrail";
import { LocalRequestHandler } from "@/lib/local-cloudtrail/sdk-request-handler";
import { countEvents } from "@/lib/local-cloudtrail/store/events-repo";

import { ms, percentile, verdict } from "./stats";

const CALLS = 400;
const SEED_TARGET_MS = 10_000;
const P95_TARGET_MS = 20;

/**
 * Issue 2's targets: time to seed the demo account, and LookupEvents latency through the
 * SDK (in-process handler, so serialisation, signing and parsing are included) on the
 * seeded store. Throttling is off here: this measures the service, not CloudTrail's limit.
 */
export async function benchLocalService(path: string): Promise<string> {
  const seedStart = performance.now();
  const service = new LocalCloudTrail({ path, lookupEventsPerSecond: null });
  const seedMs = performance.now() - seedStart;
  const events = countEvents(service.db);

  const client = new CloudTrailClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIABENCH00000000001", secretAccessKey: "bench" },
    requestHandler: new LocalRequestHandler(() => service),
  });

  const filters: LookupAttribute[] = [
    { AttributeKey: "EventName", AttributeValue: "DescribeInstances" },
    { AttributeKey: "EventSource", AttributeValue: "s3.amazonaws.com" },
    { AttributeKey: "ReadOnly", AttributeValue: "false" },
    { AttributeKey: "ResourceType", AttributeValue: "AWS::S3::Bucket" },
    { AttributeKey: "Username", AttributeValue: "root" },
  ];
  const time = async (attribute?: LookupAttribute) => {
    const started = performance.now();
    const output = await client.send(
      new LookupEventsCommand({ LookupAttributes: attribute && [attribute], MaxResults: 50 }),
    );
    if (!output.Events) throw new Error("LookupEvents returned no Events list");
    return performance.now() - started;
  };

  for (let i = 0; i < 20; i++) await time(); // warm-up: JIT and SQLite page cache
  const unfiltered: number[] = [];
  const filtered: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    unfiltered.push(await time());
    filtered.push(await time(filters[i % filters.length]));
  }
  service.close();

  const row = (label: string, samples: number[]) =>
    `| ${label} | ${samples.length} | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 95))} | ${P95_TARGET_MS} ms | ${verdict(percentile(samples, 95) <= P95_TARGET_MS)} |`;

  return [
    "## Local CloudTrail service (issue 2)",
    "",
    `Seeding the demo account: **${events.toLocaleString("en-US")} events in ${ms(seedMs)}** (target ≤ ${SEED_TARGET_MS / 1000} s: ${verdict(seedMs <= SEED_TARGET_MS)}), including schema creation and every insert, in one SQLite transaction.`,
    "",
    "LookupEvents through `@aws-sdk/client-cloudtrail` (in-process handler), 50 events a page, last 90 days, us-east-1 of the seeded store; throttling off:",
    "",
    "| request | calls | p50 | p95 | target p95 | |",
    "|---|---|---|---|---|---|",
    row("no attribute", unfiltered),
    row(
      "one attribute (EventName, EventSource, ReadOnly, ResourceType, Username in turn)",
      filtered,
    ),
    "",
  ].join("\n");
}
