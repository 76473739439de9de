import {
  GetTrailCommand,
  LookupEventsCommand,
  StopLoggingCommand,
  CreateTrailCommand,
} from "@aws-sdk/client-cloudtrail";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { DEMO_ACCESS_KEY } from "./access-keys";
import { DASHBOARD_ACCESS_KEY_ID } from "./caller-identity";
import { createHarness } from "./testing/harness";

describe("calls recorded in the event history", () => {
  let h: ReturnType<typeof createHarness>;
  beforeEach(() => {
    h = createHarness({ lookupEventsPerSecond: null });
  });
  afterEach(() => h.close());

  const history = async (eventName: string) => {
    const { Events = [] } = await h.client("us-east-1").send(
      new LookupEventsCommand({
        LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: eventName }],
      }),
    );
    return Events.map((e) => ({ ...e, record: JSON.parse(e.CloudTrailEvent!) }));
  };

  it("records StopLogging as CloudTrail does, attributed to the caller", async () => {
    const cli = h.signedClient("us-east-1", DEMO_ACCESS_KEY);
    await cli.send(new CreateTrailCommand({ Name: "audit-trail", S3BucketName: "audit-logs" }));
    h.advance(1000);
    await cli.send(new StopLoggingCommand({ Name: "audit-trail" }));

    const [event] = await history("StopLogging");
    expect(event.Username).toBe("local-cli");
    expect(event.AccessKeyId).toBe("AKIAIOSFODNN7EXAMPLE");
    expect(event.ReadOnly).toBe("false");
    expect(event.EventTime?.getTime()).toBe(h.now);
    expect(event.Resources).toEqual([
      {
        ResourceType: "AWS::CloudTrail::Trail",
        ResourceName: "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit-trail",
      },
    ]);
    expect(event.record).toMatchObject({
      eventSource: "cloudtrail.amazonaws.com",
      eventName: "StopLogging",
      eventType: "AwsApiCall",
      awsRegion: "us-east-1",
      readOnly: false,
      managementEvent: true,
      recipientAccountId: "123456789012",
      requestParameters: { name: "audit-trail" },
      responseElements: null,
      userIdentity: {
        type: "IAMUser",
        userName: "local-cli",
        arn: "arn:aws:iam::123456789012:user/local-cli",
      },
    });
    expect(event.record.userAgent).toMatch(/aws-sdk-js/);

    const [created] = await history("CreateTrail");
    expect(created.record.responseElements).toMatchObject({
      name: "audit-trail",
      trailARN: "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit-trail",
    });
  });

  it("records failures with errorCode and errorMessage, and reads as readOnly", async () => {
    await expect(h.client().send(new GetTrailCommand({ Name: "missing-trail" }))).rejects.toThrow();
    const [event] = await history("GetTrail");
    expect(event.ReadOnly).toBe("true");
    expect(event.record.errorCode).toBe("TrailNotFoundException");
    expect(event.record.errorMessage).toContain("missing-trail");
  });

  it("attributes the dashboard's own in-process calls to its IAM user", async () => {
    await h.client("us-east-1").send(new LookupEventsCommand({}));
    const [event] = await history("LookupEvents");
    expect(event.Username).toBe("trailscope-dashboard");
    expect(event.AccessKeyId).toBe(DASHBOARD_ACCESS_KEY_ID);
  });
});
