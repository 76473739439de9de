import { CreateTrailCommand, LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { beforeEach, describe, expect, it } from "vitest";

import {
  DEFAULT_BASIC_SELECTOR,
  type AdvancedEventSelector,
  type BasicEventSelector,
} from "@/lib/trails/event-selectors";
import type { Trail } from "@/lib/trails/trail";

import { findTrail } from "./describe-trails";
import { connectedHarness } from "./testing/connect-harness";
import { forgetTrailReads } from "./trail-read-cache";
import {
  putTrailEventSelectors,
  putTrailInsightSelectors,
  readTrailSelectors,
} from "./trail-selectors";

const harness = connectedHarness();
// A region holds at most 5 trails, a multi-region one counting in each: the tests spread out.
const DATA_SELECTOR: BasicEventSelector = {
  readWriteType: "WriteOnly",
  includeManagementEvents: false,
  excludeManagementEventSources: [],
  dataResources: [
    { type: "AWS::S3::Object", values: ["arn:aws:s3:::acme-exports/", "arn:aws:s3:::acme-b/in/"] },
    { type: "AWS::Lambda::Function", values: ["arn:aws:lambda"] },
  ],
};

const ADVANCED: AdvancedEventSelector[] = [
  {
    name: "Management without KMS",
    fieldSelectors: [
      { field: "eventCategory", equals: ["Management"] },
      { field: "eventSource", notEquals: ["kms.amazonaws.com"] },
    ],
  },
  {
    fieldSelectors: [
      { field: "eventCategory", equals: ["Data"] },
      { field: "resources.type", equals: ["AWS::S3::Object"] },
      { field: "resources.ARN", startsWith: ["arn:aws:s3:::acme-a/"], notEndsWith: [".tmp"] },
    ],
  },
];

async function createTrail(region: string, name: string, multiRegion = false): Promise<Trail> {
  await harness.client(region).send(
    new CreateTrailCommand({
      Name: name,
      S3BucketName: "acme-trail-logs",
      IsMultiRegionTrail: multiRegion,
    }),
  );
  forgetTrailReads();
  const trail = await findTrail(region, name);
  if (!trail) throw new Error(`${name} was not created`);
  return trail;
}

/** The event history's records of an API call in a region, newest first. */
async function recorded(region: string, eventName: string) {
  const output = await harness.client(region).send(
    new LookupEventsCommand({
      LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: eventName }],
    }),
  );
  return (output.Events ?? []).map((event) => ({
    resources: (event.Resources ?? []).map((r) => r.ResourceName),
    request: JSON.parse(event.CloudTrailEvent ?? "{}").requestParameters,
  }));
}

beforeEach(() => forgetTrailReads());

describe("readTrailSelectors", () => {
  it("reads a new trail's default selectors, and no Insights rather than an error", async () => {
    const trail = await createTrail("us-east-1", "fresh-trail");
    expect(await readTrailSelectors(trail)).toEqual({
      eventSelectors: { kind: "basic", selectors: [DEFAULT_BASIC_SELECTOR] },
      insightTypes: [],
    });
  });

  it("reuses a read briefly, and reads afresh after a change", async () => {
    const trail = await createTrail("us-east-1", "cached-trail");
    const first = readTrailSelectors(trail);
    expect(readTrailSelectors(trail)).toBe(first);
    await putTrailInsightSelectors(trail, ["ApiErrorRateInsight"]);
    expect((await readTrailSelectors(trail)).insightTypes).toEqual(["ApiErrorRateInsight"]);
  });
});

describe("putTrailEventSelectors", () => {
  it("saves basic selectors with data events, returns the change and records its event", async () => {
    const trail = await createTrail("us-east-1", "data-trail");
    const before = Date.now();
    const change = await putTrailEventSelectors(trail, {
      kind: "basic",
      selectors: [DEFAULT_BASIC_SELECTOR, DATA_SELECTOR],
    });
    expect(change).toEqual({
      eventName: "PutEventSelectors",
      region: "us-east-1",
      trailArn: "arn:aws:cloudtrail:us-east-1:123456789012:trail/data-trail",
      at: expect.any(Number),
    });
    expect(change.at).toBeGreaterThanOrEqual(before);
    expect((await readTrailSelectors(trail)).eventSelectors).toEqual({
      kind: "basic",
      selectors: [DEFAULT_BASIC_SELECTOR, DATA_SELECTOR],
    });
    const [event] = await recorded("us-east-1", "PutEventSelectors");
    expect(event.resources).toContain(trail.arn);
    expect(event.request.eventSelectors).toHaveLength(2);
  });

  it("replaces basic selectors with advanced ones, every operator kept", async () => {
    const trail = await createTrail("us-east-1", "advanced-trail");
    await putTrailEventSelectors(trail, { kind: "advanced", selectors: ADVANCED });
    expect((await readTrailSelectors(trail)).eventSelectors).toEqual({
      kind: "advanced",
      selectors: ADVANCED,
    });
  });

  it("changes a multi-region trail in its home region", async () => {
    const trail = await createTrail("us-west-2", "everywhere-trail", true);
    const change = await putTrailEventSelectors(trail, {
      kind: "basic",
      selectors: [DATA_SELECTOR],
    });
    expect(change.region).toBe("us-west-2");
    const [event] = await recorded("us-west-2", "PutEventSelectors");
    expect(event.resources).toContain(trail.arn);
  });

  it("passes CloudTrail's refusal on and leaves the selectors as they were", async () => {
    const trail = await createTrail("eu-west-1", "refused-trail");
    const six = Array.from({ length: 6 }, () => DEFAULT_BASIC_SELECTOR);
    await expect(
      putTrailEventSelectors(trail, { kind: "basic", selectors: six }),
    ).rejects.toMatchObject({ name: "InvalidEventSelectorsException" });
    expect((await readTrailSelectors(trail)).eventSelectors.selectors).toHaveLength(1);
  });
});

describe("putTrailInsightSelectors", () => {
  it("turns Insights on and off, recording each change", async () => {
    const trail = await createTrail("eu-west-1", "insights-trail");
    const change = await putTrailInsightSelectors(trail, [
      "ApiCallRateInsight",
      "ApiErrorRateInsight",
    ]);
    expect(change).toMatchObject({ eventName: "PutInsightSelectors", trailArn: trail.arn });
    expect((await readTrailSelectors(trail)).insightTypes).toEqual([
      "ApiCallRateInsight",
      "ApiErrorRateInsight",
    ]);
    await putTrailInsightSelectors(trail, []);
    expect((await readTrailSelectors(trail)).insightTypes).toEqual([]);
    const [off, on] = await recorded("eu-west-1", "PutInsightSelectors");
    expect(off.request.insightSelectors).toEqual([]);
    expect(on.request.insightSelectors).toHaveLength(2);
  });
});
