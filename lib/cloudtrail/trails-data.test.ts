import { StopLoggingCommand } from "@aws-sdk/client-cloudtrail";
import { beforeEach, describe, expect, it } from "vitest";

import { newTrailValues, trailValues } from "@/lib/trails/trail-form";

import { createTrail, deleteTrail, stopLogging, updateInput, updateTrail } from "./change-trail";
import { findTrail, readTrailStatus } from "./describe-trails";
import { listTrails } from "./list-trails";
import { lookupEventsPage } from "./lookup-events";
import { connectedHarness } from "./testing/connect-harness";
import { forgetTrailReads } from "./trail-read-cache";
import { readTrailTags } from "./trail-tags";

/**
 * The dashboard's trail reads and changes (lib/cloudtrail) through the SDK against the
 * local service: a trail's life, multi-Region trails listed once, failing regions and
 * statuses reported beside the rest, and each change recorded where its link looks.
 */

const harness = connectedHarness();
beforeEach(() => forgetTrailReads());

const create = (
  region: string,
  name: string,
  overrides: Partial<ReturnType<typeof newTrailValues>> = {},
) =>
  createTrail({ ...newTrailValues(region), name, s3BucketName: "acme-audit-logs", ...overrides });

describe("a trail's life", () => {
  it("creates with every setting and tags, starts logging, and records both calls", async () => {
    const created = await create("us-east-2", "org-audit", {
      s3KeyPrefix: "audit",
      kmsKeyId: "alias/cloudtrail",
      snsTopicName: "trail-deliveries",
      cloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-2:123456789012:log-group:audit:*",
      cloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/CloudTrailLogs",
      tags: [{ key: "Owner", value: "security" }],
    });
    expect(created.arn).toBe("arn:aws:cloudtrail:us-east-2:123456789012:trail/org-audit");
    expect(created.startLoggingError).toBeUndefined();
    expect(created.changes.map((c) => c.eventName)).toEqual(["CreateTrail", "StartLogging"]);
    expect(
      created.changes.every((c) => c.region === "us-east-2" && c.trailArn === created.arn),
    ).toBe(true);

    const trail = (await findTrail("us-east-2", "org-audit"))!;
    expect(trail).toMatchObject({
      homeRegion: "us-east-2",
      isMultiRegion: true,
      s3KeyPrefix: "audit",
      kmsKeyId: "arn:aws:kms:us-east-2:123456789012:alias/cloudtrail",
      snsTopicArn: "arn:aws:sns:us-east-2:123456789012:trail-deliveries",
      logFileValidationEnabled: true,
    });
    expect((await readTrailStatus(trail)).isLogging).toBe(true);
    expect(await readTrailTags(trail)).toEqual([{ key: "Owner", value: "security" }]);

    // What the change's link asks for (its name and the trail's ARN) finds exactly it.
    for (const change of created.changes) {
      const page = await lookupEventsPage({
        region: change.region,
        attribute: { key: "ResourceName", value: change.trailArn },
        startTime: harness.now - 60_000,
        endTime: harness.now + 60_000,
      });
      expect(page.events.filter((e) => e.name === change.eventName)).toHaveLength(1);
    }
  });

  it("updates only what differs, then the tags that were added, changed or removed", async () => {
    const trail = (await findTrail("us-east-2", "org-audit"))!;
    const values = trailValues(trail, [{ key: "Owner", value: "security" }]);
    expect(updateInput(trail, values)).toEqual({ Name: trail.arn });
    expect(await updateTrail(trail, values)).toEqual([]);

    const changes = await updateTrail(trail, {
      ...values,
      s3KeyPrefix: "",
      logFileValidationEnabled: false,
      cloudWatchLogsLogGroupArn: "",
      cloudWatchLogsRoleArn: "",
      tags: [{ key: "Team", value: "blue" }],
    });
    expect(changes.map((c) => c.eventName)).toEqual(["UpdateTrail", "RemoveTags", "AddTags"]);
    const updated = (await findTrail("us-east-2", "org-audit"))!;
    expect(updated.s3KeyPrefix).toBeUndefined();
    expect(updated.logFileValidationEnabled).toBe(false);
    expect(updated.cloudWatchLogsLogGroupArn).toBeUndefined();
    // Unchanged settings were not sent, so CloudTrail kept them as they were.
    expect(updated.kmsKeyId).toBe(trail.kmsKeyId);
    expect(await readTrailTags(updated)).toEqual([{ key: "Team", value: "blue" }]);
  });

  it("stops logging and deletes, each from the trail's home region", async () => {
    const trail = (await findTrail("us-east-2", "org-audit"))!;
    const stopped = await stopLogging(trail);
    expect(stopped).toMatchObject({ eventName: "StopLogging", region: "us-east-2" });
    expect((await readTrailStatus(trail)).isLogging).toBe(false);
    await deleteTrail(trail);
    expect(await findTrail("us-east-2", "org-audit")).toBeUndefined();
  });
});

describe("listTrails", () => {
  it("lists a multi-Region trail once with its home region, an organization trail as such, beside a failing opt-in region", async () => {
    await create("us-east-1", "everywhere", { isOrganization: true });
    await create("eu-west-1", "eu-only", {
      isMultiRegion: false,
      includeGlobalServiceEvents: false,
    });

    const listing = await listTrails(["us-east-1", "eu-west-1", "us-west-2", "ap-east-1"]);
    expect(listing.trails.map(({ trail }) => `${trail.homeRegion}/${trail.name}`)).toEqual([
      "eu-west-1/eu-only",
      "us-east-1/everywhere",
    ]);
    expect(listing.trails.every(({ status }) => status.ok)).toBe(true);
    expect(listing.trails.map(({ trail }) => trail.isOrganization)).toEqual([false, true]);
    expect(listing.regionFailures).toHaveLength(1);
    expect(listing.regionFailures[0]).toMatchObject({
      region: "ap-east-1",
      failure: { code: "UnrecognizedClientException" },
    });
  });

  it("serves repeated reads from its brief cache, and a change makes the next read fresh", async () => {
    const first = await listTrails(["us-east-1"]);
    const everywhere = first.trails.find(({ trail }) => trail.name === "everywhere")!;
    expect(everywhere.status.ok && everywhere.status.status.isLogging).toBe(true);

    // Behind the dashboard's back (another console), the trail stops: the cache still says on.
    await harness.client("us-east-1").send(new StopLoggingCommand({ Name: "everywhere" }));
    const cached = (await listTrails(["us-east-1"])).trails.find(
      ({ trail }) => trail.name === "everywhere",
    )!;
    expect(cached.status.ok && cached.status.status.isLogging).toBe(true);

    // A change through the dashboard forgets what was read.
    await deleteTrail(everywhere.trail);
    const fresh = await listTrails(["us-east-1"]);
    expect(fresh.trails.map(({ trail }) => trail.name)).not.toContain("everywhere");
  });
});
