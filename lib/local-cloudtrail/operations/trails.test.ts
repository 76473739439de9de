import {
  AddTagsCommand,
  CreateTrailCommand,
  DeleteTrailCommand,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetInsightSelectorsCommand,
  GetTrailCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  ListTrailsCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  RemoveTagsCommand,
  StartLoggingCommand,
  StopLoggingCommand,
  UpdateTrailCommand,
} from "@aws-sdk/client-cloudtrail";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { operationErrorCodes } from "../model/model";
import { createHarness } from "../testing/harness";

const ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-trail";

describe("trails", () => {
  let h: ReturnType<typeof createHarness>;
  const east = () => h.client("us-east-1");
  const west = () => h.client("us-west-2");

  /** Asserts the call fails with `name`, and that the model lists `name` for `operation`. */
  async function expectError(operation: string, promise: Promise<unknown>, name: string) {
    expect(operationErrorCodes(operation)).toContain(name);
    await expect(promise).rejects.toMatchObject({ name });
  }

  beforeEach(async () => {
    h = createHarness();
    await east().send(
      new CreateTrailCommand({
        Name: "org-trail",
        S3BucketName: "acme-trail-logs",
        IsMultiRegionTrail: true,
      }),
    );
  });
  afterEach(() => h.close());

  describe("CreateTrail", () => {
    it("creates a trail with the settings given and CloudTrail's defaults", async () => {
      const created = await west().send(
        new CreateTrailCommand({
          Name: "west.audit_1",
          S3BucketName: "west-logs",
          S3KeyPrefix: "audit",
          EnableLogFileValidation: true,
          KmsKeyId: "alias/trail-key",
          SnsTopicName: "trail-topic",
          CloudWatchLogsLogGroupArn: "arn:aws:logs:us-west-2:123456789012:log-group:trail:*",
          CloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/CloudTrailToLogs",
          TagsList: [{ Key: "team", Value: "security" }],
        }),
      );
      expect(created).toMatchObject({
        Name: "west.audit_1",
        TrailARN: "arn:aws:cloudtrail:us-west-2:123456789012:trail/west.audit_1",
        S3KeyPrefix: "audit",
        IncludeGlobalServiceEvents: true,
        IsMultiRegionTrail: false,
        LogFileValidationEnabled: true,
        KmsKeyId: "arn:aws:kms:us-west-2:123456789012:alias/trail-key",
        SnsTopicARN: "arn:aws:sns:us-west-2:123456789012:trail-topic",
        IsOrganizationTrail: false,
      });
      const status = await west().send(new GetTrailStatusCommand({ Name: "west.audit_1" }));
      expect(status.IsLogging).toBe(false);
    });

    it.each([
      ["ab", "too short"],
      ["-trail", "starts with a dash"],
      ["my--trail", "adjacent dashes"],
      ["my-_trail", "adjacent punctuation"],
      ["192.168.5.4", "an IP address"],
      ["bad name", "a space"],
      ["a".repeat(129), "too long"],
    ])("rejects the name %s (%s) with InvalidTrailNameException", async (Name) => {
      await expectError(
        "CreateTrail",
        east().send(new CreateTrailCommand({ Name, S3BucketName: "logs-bucket" })),
        "InvalidTrailNameException",
      );
    });

    it("rejects a taken name with TrailAlreadyExistsException, in any region for a multi-region trail", async () => {
      await expectError(
        "CreateTrail",
        east().send(new CreateTrailCommand({ Name: "org-trail", S3BucketName: "other-bucket" })),
        "TrailAlreadyExistsException",
      );
      await expectError(
        "CreateTrail",
        west().send(new CreateTrailCommand({ Name: "org-trail", S3BucketName: "other-bucket" })),
        "TrailAlreadyExistsException",
      );
    });

    it("checks the bucket, KMS key, SNS topic, CloudWatch Logs and tags", async () => {
      const create = (extra: Record<string, unknown>) =>
        west().send(
          new CreateTrailCommand({ Name: "checked", S3BucketName: "good-bucket", ...extra }),
        );
      await expectError(
        "CreateTrail",
        create({ S3BucketName: "Bad_Bucket" }),
        "InvalidS3BucketNameException",
      );
      await expectError(
        "CreateTrail",
        create({ S3KeyPrefix: "p".repeat(201) }),
        "InvalidS3PrefixException",
      );
      await expectError(
        "CreateTrail",
        create({ KmsKeyId: "not a key" }),
        "InvalidKmsKeyIdException",
      );
      await expectError(
        "CreateTrail",
        create({ SnsTopicName: "bad topic!" }),
        "InvalidSnsTopicNameException",
      );
      await expectError(
        "CreateTrail",
        create({
          CloudWatchLogsLogGroupArn: "arn:aws:logs:us-west-2:123456789012:log-group:trail:*",
        }),
        "InvalidCloudWatchLogsRoleArnException",
      );
      await expectError(
        "CreateTrail",
        create({ CloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/R" }),
        "InvalidCloudWatchLogsLogGroupArnException",
      );
      await expectError(
        "CreateTrail",
        create({ IsMultiRegionTrail: true, IncludeGlobalServiceEvents: false }),
        "InvalidParameterCombinationException",
      );
      await expectError(
        "CreateTrail",
        create({ TagsList: [{ Key: "aws:reserved" }] }),
        "InvalidTagParameterException",
      );
      const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
      await expectError("CreateTrail", create({ TagsList: tags }), "TagsLimitExceededException");
      await expect(west().send(new ListTrailsCommand({}))).resolves.toMatchObject({
        Trails: [expect.objectContaining({ Name: "org-trail" })],
      });
    });

    it("allows five trails per region, counting shadows", async () => {
      for (const name of ["t-2", "t-3", "t-4", "t-5"]) {
        await west().send(new CreateTrailCommand({ Name: name, S3BucketName: "logs-bucket" }));
      }
      await expectError(
        "CreateTrail",
        west().send(new CreateTrailCommand({ Name: "t-6", S3BucketName: "logs-bucket" })),
        "MaximumNumberOfTrailsExceededException",
      );
    });
  });

  describe("multi-region trails and names or ARNs", () => {
    it("shows a multi-region trail in every region as a shadow with its home region", async () => {
      const { trailList = [] } = await west().send(new DescribeTrailsCommand({}));
      expect(trailList).toEqual([
        expect.objectContaining({ Name: "org-trail", HomeRegion: "us-east-1", TrailARN: ARN }),
      ]);
      const withoutShadows = await west().send(
        new DescribeTrailsCommand({ includeShadowTrails: false }),
      );
      expect(withoutShadows.trailList).toEqual([]);
      const byName = await west().send(new GetTrailCommand({ Name: "org-trail" }));
      expect(byName.Trail?.HomeRegion).toBe("us-east-1");
    });

    it("accepts a name or an ARN, and refuses a malformed ARN", async () => {
      const byArn = await east().send(new GetTrailCommand({ Name: ARN }));
      expect(byArn.Trail?.Name).toBe("org-trail");
      const described = await east().send(
        new DescribeTrailsCommand({ trailNameList: [ARN, "missing-trail"] }),
      );
      expect(described.trailList?.map((t) => t.Name)).toEqual(["org-trail"]);
      await expectError(
        "GetTrail",
        east().send(new GetTrailCommand({ Name: "arn:aws:cloudtrail:nowhere" })),
        "CloudTrailARNInvalidException",
      );
    });

    it("changes a trail only from its home region", async () => {
      await expectError(
        "StopLogging",
        west().send(new StopLoggingCommand({ Name: ARN })),
        "InvalidHomeRegionException",
      );
      await expectError(
        "UpdateTrail",
        west().send(new UpdateTrailCommand({ Name: "org-trail", EnableLogFileValidation: true })),
        "InvalidHomeRegionException",
      );
      await expectError(
        "DeleteTrail",
        west().send(new DeleteTrailCommand({ Name: ARN })),
        "InvalidHomeRegionException",
      );
    });

    it("gives a shadow trail's status only by ARN", async () => {
      await expect(west().send(new GetTrailStatusCommand({ Name: ARN }))).resolves.toMatchObject({
        IsLogging: false,
      });
      await expectError(
        "GetTrailStatus",
        west().send(new GetTrailStatusCommand({ Name: "org-trail" })),
        "TrailNotFoundException",
      );
    });

    it("does not show a single-region trail elsewhere", async () => {
      await west().send(new CreateTrailCommand({ Name: "west-only", S3BucketName: "logs-bucket" }));
      await expectError(
        "GetTrail",
        east().send(new GetTrailCommand({ Name: "west-only" })),
        "TrailNotFoundException",
      );
      const { Trails = [] } = await east().send(new ListTrailsCommand({}));
      expect(Trails.map((t) => [t.Name, t.HomeRegion])).toEqual([
        ["org-trail", "us-east-1"],
        ["west-only", "us-west-2"],
      ]);
    });
  });

  it("reports TrailNotFoundException for an unknown trail on every trail operation", async () => {
    const name = "no-such-trail";
    const calls: [string, Promise<unknown>][] = [
      ["GetTrail", east().send(new GetTrailCommand({ Name: name }))],
      ["GetTrailStatus", east().send(new GetTrailStatusCommand({ Name: name }))],
      ["UpdateTrail", east().send(new UpdateTrailCommand({ Name: name }))],
      ["DeleteTrail", east().send(new DeleteTrailCommand({ Name: name }))],
      ["StartLogging", east().send(new StartLoggingCommand({ Name: name }))],
      ["StopLogging", east().send(new StopLoggingCommand({ Name: name }))],
      [
        "PutEventSelectors",
        east().send(new PutEventSelectorsCommand({ TrailName: name, EventSelectors: [{}] })),
      ],
      ["GetEventSelectors", east().send(new GetEventSelectorsCommand({ TrailName: name }))],
      [
        "PutInsightSelectors",
        east().send(new PutInsightSelectorsCommand({ TrailName: name, InsightSelectors: [] })),
      ],
      ["GetInsightSelectors", east().send(new GetInsightSelectorsCommand({ TrailName: name }))],
    ];
    for (const [operation, promise] of calls)
      await expectError(operation, promise, "TrailNotFoundException");
  });

  it("starts and stops logging, with the times and deliveries GetTrailStatus reports", async () => {
    const started = h.now;
    await east().send(new StartLoggingCommand({ Name: "org-trail" }));
    h.advance(12 * 60_000);
    const logging = await east().send(new GetTrailStatusCommand({ Name: "org-trail" }));
    expect(logging.IsLogging).toBe(true);
    expect(logging.StartLoggingTime?.getTime()).toBe(started);
    expect(logging.TimeLoggingStarted).toBe(new Date(started).toISOString().replace(".000", ""));
    expect(logging.LatestDeliveryTime!.getTime()).toBeGreaterThan(started);
    expect(logging.LatestDeliveryTime!.getTime()).toBeLessThanOrEqual(h.now);
    expect(logging.LatestDeliveryError).toBeUndefined();

    await east().send(new StopLoggingCommand({ Name: ARN }));
    const stopped = await east().send(new GetTrailStatusCommand({ Name: "org-trail" }));
    expect(stopped.IsLogging).toBe(false);
    expect(stopped.StopLoggingTime?.getTime()).toBe(h.now);
  });

  it("updates settings, and turns a trail multi-region", async () => {
    await west().send(new CreateTrailCommand({ Name: "west-trail", S3BucketName: "logs-bucket" }));
    const updated = await west().send(
      new UpdateTrailCommand({
        Name: "west-trail",
        S3BucketName: "new-bucket",
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
      }),
    );
    expect(updated).toMatchObject({
      S3BucketName: "new-bucket",
      IsMultiRegionTrail: true,
      LogFileValidationEnabled: true,
    });
    const { trailList = [] } = await east().send(new DescribeTrailsCommand({}));
    expect(trailList.map((t) => t.Name).sort()).toEqual(["org-trail", "west-trail"]);
  });

  it("deletes a trail", async () => {
    await east().send(new DeleteTrailCommand({ Name: "org-trail" }));
    await expectError(
      "GetTrail",
      east().send(new GetTrailCommand({ Name: "org-trail" })),
      "TrailNotFoundException",
    );
  });

  describe("event selectors", () => {
    it("defaults to all management events", async () => {
      const selectors = await east().send(new GetEventSelectorsCommand({ TrailName: "org-trail" }));
      expect(selectors.EventSelectors).toEqual([
        {
          ReadWriteType: "All",
          IncludeManagementEvents: true,
          DataResources: [],
          ExcludeManagementEventSources: [],
        },
      ]);
    });

    it("stores basic selectors, then advanced ones in their place", async () => {
      await east().send(
        new PutEventSelectorsCommand({
          TrailName: "org-trail",
          EventSelectors: [
            {
              ReadWriteType: "WriteOnly",
              IncludeManagementEvents: false,
              DataResources: [{ Type: "AWS::S3::Object", Values: ["arn:aws:s3:::acme/"] }],
            },
          ],
        }),
      );
      const basic = await east().send(new GetEventSelectorsCommand({ TrailName: ARN }));
      expect(basic.EventSelectors?.[0]).toMatchObject({
        ReadWriteType: "WriteOnly",
        IncludeManagementEvents: false,
      });
      const trail = await east().send(new GetTrailCommand({ Name: "org-trail" }));
      expect(trail.Trail?.HasCustomEventSelectors).toBe(true);

      const advanced = [
        {
          Name: "Management only",
          FieldSelectors: [{ Field: "eventCategory", Equals: ["Management"] }],
        },
      ];
      await east().send(
        new PutEventSelectorsCommand({ TrailName: "org-trail", AdvancedEventSelectors: advanced }),
      );
      const stored = await east().send(new GetEventSelectorsCommand({ TrailName: "org-trail" }));
      expect(stored.AdvancedEventSelectors).toEqual(advanced);
      expect(stored.EventSelectors).toBeUndefined();
    });

    it("rejects invalid selectors with InvalidEventSelectorsException", async () => {
      const put = (
        input: Omit<ConstructorParameters<typeof PutEventSelectorsCommand>[0], "TrailName">,
      ) => east().send(new PutEventSelectorsCommand({ TrailName: "org-trail", ...input }));
      const name = "InvalidEventSelectorsException";
      await expectError("PutEventSelectors", put({}), name);
      await expectError(
        "PutEventSelectors",
        put({ EventSelectors: Array.from({ length: 6 }, () => ({})) }),
        name,
      );
      await expectError(
        "PutEventSelectors",
        put({
          AdvancedEventSelectors: [
            { FieldSelectors: [{ Field: "eventName", Equals: ["PutObject"] }] },
          ],
        }),
        name,
      );
      await expectError(
        "PutEventSelectors",
        put({
          EventSelectors: [{}],
          AdvancedEventSelectors: [
            { FieldSelectors: [{ Field: "eventCategory", Equals: ["Data"] }] },
          ],
        }),
        name,
      );
    });
  });

  describe("Insights selectors", () => {
    it("reports InsightNotEnabledException until Insights are on, and off again with an empty list", async () => {
      await expectError(
        "GetInsightSelectors",
        east().send(new GetInsightSelectorsCommand({ TrailName: "org-trail" })),
        "InsightNotEnabledException",
      );
      const selectors = [
        { InsightType: "ApiCallRateInsight" as const },
        { InsightType: "ApiErrorRateInsight" as const },
      ];
      const put = await east().send(
        new PutInsightSelectorsCommand({ TrailName: "org-trail", InsightSelectors: selectors }),
      );
      expect(put).toMatchObject({ TrailARN: ARN, InsightSelectors: selectors });
      await expect(
        east().send(new GetInsightSelectorsCommand({ TrailName: ARN })),
      ).resolves.toMatchObject({
        InsightSelectors: selectors,
      });
      expect(
        (await east().send(new GetTrailCommand({ Name: "org-trail" }))).Trail?.HasInsightSelectors,
      ).toBe(true);
      await east().send(
        new PutInsightSelectorsCommand({ TrailName: "org-trail", InsightSelectors: [] }),
      );
      await expectError(
        "GetInsightSelectors",
        east().send(new GetInsightSelectorsCommand({ TrailName: "org-trail" })),
        "InsightNotEnabledException",
      );
    });

    it("rejects an unknown insight type with InvalidInsightSelectorsException", async () => {
      await expectError(
        "PutInsightSelectors",
        east().send(
          new PutInsightSelectorsCommand({
            TrailName: "org-trail",
            // @ts-expect-error: a type outside the model's enum
            InsightSelectors: [{ InsightType: "CostInsight" }],
          }),
        ),
        "InvalidInsightSelectorsException",
      );
    });
  });

  describe("tags", () => {
    it("adds, lists and removes tags by ARN", async () => {
      await east().send(
        new AddTagsCommand({
          ResourceId: ARN,
          TagsList: [
            { Key: "env", Value: "prod" },
            { Key: "team", Value: "sec" },
          ],
        }),
      );
      await east().send(new RemoveTagsCommand({ ResourceId: ARN, TagsList: [{ Key: "team" }] }));
      const listed = await west().send(new ListTagsCommand({ ResourceIdList: [ARN] }));
      expect(listed.ResourceTagList).toEqual([
        { ResourceId: ARN, TagsList: [{ Key: "env", Value: "prod" }] },
      ]);
    });

    it("reports ResourceNotFoundException, CloudTrailARNInvalidException and InvalidTagParameterException", async () => {
      await expectError(
        "ListTags",
        east().send(
          new ListTagsCommand({
            ResourceIdList: ["arn:aws:cloudtrail:us-east-1:123456789012:trail/gone"],
          }),
        ),
        "ResourceNotFoundException",
      );
      await expectError(
        "AddTags",
        east().send(new AddTagsCommand({ ResourceId: "org-trail", TagsList: [] })),
        "CloudTrailARNInvalidException",
      );
      await expectError(
        "AddTags",
        east().send(
          new AddTagsCommand({ ResourceId: ARN, TagsList: [{ Key: "k", Value: "v".repeat(257) }] }),
        ),
        "InvalidTagParameterException",
      );
      await expectError(
        "RemoveTags",
        east().send(new RemoveTagsCommand({ ResourceId: ARN, TagsList: [{ Key: "" }] })),
        "InvalidTagParameterException",
      );
    });
  });
});
