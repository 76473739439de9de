import { LookupEventsCommand, type LookupEventsCommandInput } from "@aws-sdk/client-cloudtrail";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { operationErrorCodes } from "../model/model";
import { createHarness, testEvent } from "../testing/harness";

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

describe("LookupEvents", () => {
  let h: ReturnType<typeof createHarness>;
  const iso = (msAgo: number) => new Date(h.now - msAgo).toISOString().replace(/\.\d{3}Z$/, "Z");
  const lookup = (input: LookupEventsCommandInput = {}, region = "us-east-1") =>
    h.client(region).send(new LookupEventsCommand(input));

  beforeEach(() => {
    // Unthrottled unless a test is about throttling.
    h = createHarness({ lookupEventsPerSecond: null });
    h.insert([
      testEvent({
        eventTime: iso(1 * HOUR),
        eventName: "ConsoleLogin",
        eventSource: "signin.amazonaws.com",
        readOnly: false,
      }),
      testEvent(
        {
          eventTime: iso(2 * HOUR),
          eventName: "PutObject",
          eventSource: "s3.amazonaws.com",
          readOnly: false,
        },
        [
          { type: "AWS::S3::Bucket", name: "acme-logs" },
          { type: "AWS::S3::Object", name: "acme-logs/a.txt" },
        ],
      ),
      testEvent(
        {
          eventTime: iso(3 * HOUR),
          eventName: "AssumeRole",
          eventSource: "sts.amazonaws.com",
          userIdentity: {
            type: "AssumedRole",
            arn: "arn:aws:sts::123456789012:assumed-role/Deployer/ci-session",
            accessKeyId: "ASIADEPLOY",
          },
        },
        [
          { type: "AWS::IAM::Role", name: "arn:aws:iam::123456789012:role/Deployer" },
          { type: "AWS::IAM::Role", name: "arn:aws:iam::123456789012:role/Other" },
        ],
      ),
      testEvent({
        eventTime: iso(4 * HOUR),
        userIdentity: { type: "Root", arn: "arn:aws:iam::123456789012:root" },
      }),
      testEvent({ eventTime: iso(91 * DAY), eventName: "AncientCall" }),
      testEvent({ eventTime: iso(5 * HOUR), awsRegion: "eu-west-1", eventName: "RunInstances" }),
    ]);
  });
  afterEach(() => h.close());

  it("returns the region's history newest first, with LookupEvents' fields", async () => {
    const { Events = [] } = await lookup();
    expect(Events.map((e) => e.EventName)).toEqual([
      "ConsoleLogin",
      "PutObject",
      "AssumeRole",
      "DescribeInstances",
    ]);
    const [first] = Events;
    expect(first.EventTime).toBeInstanceOf(Date);
    expect(first.EventTime!.getTime()).toBe(h.now - HOUR);
    expect(first.ReadOnly).toBe("false");
    expect(first.Username).toBe("alice");
    expect(first.AccessKeyId).toBe("AKIAALICE");
    expect(JSON.parse(first.CloudTrailEvent!).eventName).toBe("ConsoleLogin");
    expect(Events[1].Resources).toEqual([
      { ResourceType: "AWS::S3::Bucket", ResourceName: "acme-logs" },
      { ResourceType: "AWS::S3::Object", ResourceName: "acme-logs/a.txt" },
    ]);
  });

  it("keeps each region's history apart", async () => {
    const { Events = [] } = await lookup({}, "eu-west-1");
    expect(Events.map((e) => e.EventName)).toEqual(["RunInstances"]);
    expect((await lookup({}, "ap-south-1")).Events).toEqual([]);
  });

  it("filters by each of the eight lookup attributes", async () => {
    const { Events: all = [] } = await lookup();
    const by = async (
      AttributeKey: NonNullable<
        LookupEventsCommandInput["LookupAttributes"]
      >[number]["AttributeKey"],
      AttributeValue: string,
    ) =>
      // EndTime before now leaves out the LookupEvents calls this test itself makes.
      (
        (
          await lookup({
            LookupAttributes: [{ AttributeKey, AttributeValue }],
            EndTime: new Date(h.now - 1000),
          })
        ).Events ?? []
      ).map((e) => e.EventName);

    expect(await by("EventName", "PutObject")).toEqual(["PutObject"]);
    expect(await by("EventSource", "sts.amazonaws.com")).toEqual(["AssumeRole"]);
    expect(await by("ReadOnly", "false")).toEqual(["ConsoleLogin", "PutObject"]);
    expect(await by("ReadOnly", "true")).toEqual(["AssumeRole", "DescribeInstances"]);
    expect(await by("Username", "ci-session")).toEqual(["AssumeRole"]);
    expect(await by("Username", "root")).toEqual(["DescribeInstances"]);
    expect(await by("AccessKeyId", "ASIADEPLOY")).toEqual(["AssumeRole"]);
    expect(await by("ResourceName", "acme-logs")).toEqual(["PutObject"]);
    // Two resources of one type still list the event once.
    expect(await by("ResourceType", "AWS::IAM::Role")).toEqual(["AssumeRole"]);
    expect(await by("EventId", all[2].EventId!)).toEqual(["AssumeRole"]);
    expect(await by("EventName", "NoSuchCall")).toEqual([]);
  });

  it("keeps only the last 90 days", async () => {
    const { Events = [] } = await lookup({ StartTime: new Date(h.now - 120 * DAY) });
    expect(Events.map((e) => e.EventName)).not.toContain("AncientCall");
  });

  it("reaches back to the oldest event when the window is lifted (imported archives)", async () => {
    const archive = createHarness({ lookupEventsPerSecond: null, historyWindowMs: null });
    archive.insert([
      testEvent({ eventTime: "2014-03-06T21:22:54Z", eventName: "StartInstances" }),
      testEvent({ eventTime: new Date(archive.now - 1 * HOUR).toISOString(), eventName: "Recent" }),
    ]);
    const { Events = [] } = await archive
      .client()
      .send(new LookupEventsCommand({ StartTime: new Date("2014-01-01T00:00:00Z") }));
    expect(Events.map((e) => e.EventName)).toEqual(["Recent", "StartInstances"]);
    archive.close();
  });

  it("applies StartTime and EndTime", async () => {
    const { Events = [] } = await lookup({
      StartTime: new Date(h.now - 3.5 * HOUR),
      EndTime: new Date(h.now - 1.5 * HOUR),
    });
    expect(Events.map((e) => e.EventName)).toEqual(["PutObject", "AssumeRole"]);
  });

  it("pages with NextToken until every event is returned once", async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await lookup({ MaxResults: 1, NextToken: token });
      seen.push(...(page.Events ?? []).map((e) => e.EventName!));
      token = page.NextToken;
      pages++;
    } while (token);
    expect(seen).toEqual(["ConsoleLogin", "PutObject", "AssumeRole", "DescribeInstances"]);
    expect(pages).toBe(4);
  });

  it("returns Insights events only for EventCategory insight", async () => {
    h.insert([
      testEvent({
        eventTime: iso(2 * HOUR),
        eventName: "DescribeInstances",
        eventType: "AwsCloudTrailInsight",
        eventCategory: "Insight",
        insightDetails: { state: "Start", insightType: "ApiCallRateInsight" },
      }),
    ]);
    const insights = (await lookup({ EventCategory: "insight" })).Events ?? [];
    expect(insights).toHaveLength(1);
    expect(JSON.parse(insights[0].CloudTrailEvent!).eventType).toBe("AwsCloudTrailInsight");
    const management = (await lookup()).Events ?? [];
    expect(management.some((e) => e.EventId === insights[0].EventId)).toBe(false);
  });

  describe("errors, with the names the model lists", () => {
    const modelErrors = operationErrorCodes("LookupEvents");
    const rejects = async (input: LookupEventsCommandInput, name: string) => {
      expect(modelErrors).toContain(name);
      await expect(lookup(input)).rejects.toMatchObject({
        name,
        $metadata: { httpStatusCode: 400 },
      });
    };

    it("InvalidLookupAttributesException for more than one attribute", () =>
      rejects(
        {
          LookupAttributes: [
            { AttributeKey: "EventName", AttributeValue: "PutObject" },
            { AttributeKey: "Username", AttributeValue: "alice" },
          ],
        },
        "InvalidLookupAttributesException",
      ));

    it("InvalidLookupAttributesException for an unknown key", () =>
      rejects(
        // @ts-expect-error: a key outside the model's enum, as a raw client could send
        { LookupAttributes: [{ AttributeKey: "Color", AttributeValue: "red" }] },
        "InvalidLookupAttributesException",
      ));

    it("InvalidTimeRangeException when StartTime is after EndTime", () =>
      rejects(
        { StartTime: new Date(h.now), EndTime: new Date(h.now - HOUR) },
        "InvalidTimeRangeException",
      ));

    it("InvalidMaxResultsException outside 1-50", async () => {
      await rejects({ MaxResults: 0 }, "InvalidMaxResultsException");
      await rejects({ MaxResults: 51 }, "InvalidMaxResultsException");
    });

    it("InvalidEventCategoryException for another category", () =>
      // @ts-expect-error: a category outside the model's enum
      rejects({ EventCategory: "data" }, "InvalidEventCategoryException"));

    it("InvalidNextTokenException for a token replayed with other parameters", async () => {
      const first = await lookup({ MaxResults: 1 });
      expect(first.NextToken).toBeTruthy();
      await rejects(
        {
          MaxResults: 1,
          NextToken: first.NextToken,
          LookupAttributes: [{ AttributeKey: "ReadOnly", AttributeValue: "true" }],
        },
        "InvalidNextTokenException",
      );
      await rejects({ NextToken: "not-a-token" }, "InvalidNextTokenException");
    });
  });

  it("throttles past 2 requests per second per region, like CloudTrail", async () => {
    const throttled = createHarness();
    try {
      const send = (region: string) => throttled.client(region).send(new LookupEventsCommand({}));
      await send("us-east-1");
      await send("us-east-1");
      await expect(send("us-east-1")).rejects.toMatchObject({ name: "ThrottlingException" });
      // Another region has its own allowance.
      await expect(send("us-west-2")).resolves.toBeDefined();
      throttled.advance(1000);
      await expect(send("us-east-1")).resolves.toBeDefined();
    } finally {
      throttled.close();
    }
  });
});
