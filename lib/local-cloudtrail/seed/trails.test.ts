import { describe, expect, it } from "vitest";

import { generateEvents, seedTrails } from "./index";
import { ANCHOR, DAY_MS } from "./test-support";

const TRAIL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,127}$/;

describe("seedTrails", () => {
  const trails = seedTrails({ anchor: ANCHOR });

  it("has a multi-region management trail and a single-region data trail", () => {
    expect(trails.map((t) => t.name)).toEqual(["management-events", "eu-data-events"]);
    const [management, eu] = trails;
    for (const trail of trails) {
      expect(trail.name).toMatch(TRAIL_NAME);
      expect(trail.accountId).toBe("123456789012");
      expect(trail.isLogging).toBe(true);
    }
    expect(management).toMatchObject({
      homeRegion: "us-east-1",
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      logFileValidationEnabled: true,
      insightSelectors: [
        { InsightType: "ApiCallRateInsight" },
        { InsightType: "ApiErrorRateInsight" },
      ],
    });
    expect(management.kmsKeyId).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f-]{36}$/);
    expect(management.cloudWatchLogsLogGroupArn).toMatch(
      /^arn:aws:logs:us-east-1:123456789012:log-group:/,
    );
    expect(eu).toMatchObject({
      homeRegion: "eu-west-1",
      isMultiRegionTrail: false,
      latestDeliveryError: "AccessDenied",
    });
    expect(eu.eventSelectors?.[0].DataResources?.length).toBeGreaterThan(0);
  });

  it("was created about 85 days before the anchor, as the history records", () => {
    const events = generateEvents({
      anchor: ANCHOR,
      from: ANCHOR - 90 * DAY_MS,
      to: ANCHOR - 80 * DAY_MS,
    });
    for (const trail of trails) {
      expect(ANCHOR - trail.createdAt).toBeGreaterThan(83 * DAY_MS);
      expect(ANCHOR - trail.createdAt).toBeLessThan(87 * DAY_MS);
      const create = events.find(
        (e) =>
          e.record.eventName === "CreateTrail" && e.record.requestParameters?.name === trail.name,
      );
      expect(create?.record.awsRegion).toBe(trail.homeRegion);
      expect(Date.parse(create?.record.eventTime ?? "")).toBe(trail.createdAt);
      const start = events.find(
        (e) =>
          e.record.eventName === "StartLogging" && e.record.requestParameters?.name === trail.name,
      );
      expect(start).toBeDefined();
    }
  });

  it("hands out fresh objects the store may change", () => {
    const mine = seedTrails({ anchor: ANCHOR });
    mine[0].eventSelectors?.[0].DataResources?.push({ Type: "AWS::S3::Object", Values: [] });
    mine[0].tags.push({ Key: "x", Value: "y" });
    expect(seedTrails({ anchor: ANCHOR })).toEqual(trails);
  });

  it("is the same for the same anchor and moves with it", () => {
    expect(seedTrails({ anchor: ANCHOR })).toEqual(trails);
    expect(seedTrails({ anchor: ANCHOR + DAY_MS })[0].createdAt).toBe(trails[0].createdAt + DAY_MS);
  });
});
