import { CreateTrailCommand } from "@aws-sdk/client-cloudtrail";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { signInAs, withFakeRequests } from "@/lib/auth/testing/fake-request";

import { findTrail } from "@/lib/cloudtrail/describe-trails";
import { connectedHarness } from "@/lib/cloudtrail/testing/connect-harness";
import { forgetTrailReads } from "@/lib/cloudtrail/trail-read-cache";
import { readTrailSelectors } from "@/lib/cloudtrail/trail-selectors";
import { DEFAULT_BASIC_SELECTOR, type BasicEventSelector } from "@/lib/trails/event-selectors";

import { saveEventSelectors, saveInsightSelectors } from "./trail-selectors";

vi.mock("next/headers", async () =>
  (await import("@/lib/auth/testing/fake-request")).nextHeadersMock(),
);

const harness = connectedHarness();
const TRAIL = { region: "us-east-1", name: "selectors-trail" };
const S3_SELECTOR: BasicEventSelector = {
  readWriteType: "All",
  includeManagementEvents: false,
  excludeManagementEventSources: [],
  dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::acme-exports/"] }],
};

async function currentSelectors() {
  forgetTrailReads();
  const trail = await findTrail(TRAIL.region, TRAIL.name);
  return readTrailSelectors(trail!);
}

beforeAll(async () => {
  await harness
    .client("us-east-1")
    .send(new CreateTrailCommand({ Name: TRAIL.name, S3BucketName: "acme-trail-logs" }));
});

withFakeRequests();
beforeEach(() => {
  forgetTrailReads();
  signInAs({ role: "admin" });
});

describe("saveEventSelectors", () => {
  it("saves valid selectors and answers the change", async () => {
    const result = await saveEventSelectors({
      ...TRAIL,
      eventSelectors: { kind: "basic", selectors: [DEFAULT_BASIC_SELECTOR, S3_SELECTOR] },
    });
    expect(result).toEqual({
      ok: true,
      data: {
        eventName: "PutEventSelectors",
        region: "us-east-1",
        trailArn: "arn:aws:cloudtrail:us-east-1:123456789012:trail/selectors-trail",
        at: expect.any(Number),
      },
    });
    expect((await currentSelectors()).eventSelectors.selectors).toHaveLength(2);
  });

  it("refuses selectors CloudTrail would refuse, at their field, and changes nothing", async () => {
    const before = await currentSelectors();
    const result = await saveEventSelectors({
      ...TRAIL,
      eventSelectors: {
        kind: "basic",
        selectors: [
          { ...S3_SELECTOR, dataResources: [{ type: "AWS::S3::Object", values: ["acme"] }] },
        ],
      },
    });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Nothing was saved: “acme” is not an S3 ARN/),
      fieldErrors: { eventSelectors: expect.stringMatching(/^“acme” is not an S3 ARN/) },
    });
    expect(await currentSelectors()).toEqual(before);
  });

  it("says so when the trail does not exist", async () => {
    const result = await saveEventSelectors({
      region: "us-east-1",
      name: "no-such-trail",
      eventSelectors: { kind: "basic", selectors: [DEFAULT_BASIC_SELECTOR] },
    });
    expect(result).toEqual({
      ok: false,
      error:
        "There is no trail no-such-trail with home region us-east-1. It may have been deleted; reload the page.",
    });
  });

  it("refuses an address that is not a trail's", async () => {
    const result = await saveEventSelectors({
      region: "Mars",
      name: "a",
      eventSelectors: { kind: "basic", selectors: [DEFAULT_BASIC_SELECTOR] },
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        region: "The region is not a region name such as us-east-1.",
        name: "The trail name is not valid.",
      },
    });
  });
});

describe("saveInsightSelectors", () => {
  it("turns Insights on and off", async () => {
    const on = await saveInsightSelectors({ ...TRAIL, insightTypes: ["ApiCallRateInsight"] });
    expect(on).toMatchObject({ ok: true, data: { eventName: "PutInsightSelectors" } });
    expect((await currentSelectors()).insightTypes).toEqual(["ApiCallRateInsight"]);
    const off = await saveInsightSelectors({ ...TRAIL, insightTypes: [] });
    expect(off.ok).toBe(true);
    expect((await currentSelectors()).insightTypes).toEqual([]);
  });

  it("refuses a type given twice", async () => {
    const result = await saveInsightSelectors({
      ...TRAIL,
      insightTypes: ["ApiCallRateInsight", "ApiCallRateInsight"],
    });
    expect(result).toEqual({
      ok: false,
      error: "Nothing was saved: Give each Insights type once.",
      fieldErrors: { insightTypes: "Give each Insights type once." },
    });
  });
});
