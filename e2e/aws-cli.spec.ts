import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";

import {
  CloudTrailClient,
  DescribeTrailsCommand,
  ListTrailsCommand,
} from "@aws-sdk/client-cloudtrail";

import { lookupEvents, signedHeaders, TEST_KEYS, type TestKey } from "./support/local-cloudtrail";
import { expect, test } from "./support/test";

const run = promisify(execFile);

// Debian's awscli package is v2 at /usr/bin/aws; otherwise whichever `aws` is on PATH.
const AWS = process.env.TRAILSCOPE_AWS_CLI ?? (existsSync("/usr/bin/aws") ? "/usr/bin/aws" : "aws");
const ACCESS_KEY = TEST_KEYS.cli.accessKeyId;

interface CliOptions {
  region?: string;
  /** The key the CLI signs with; `null` sends the call unsigned (--no-sign-request). */
  key?: Pick<TestKey, "accessKeyId" | "secretAccessKey"> | null;
}

/** Runs `aws cloudtrail <args>` against the local service and returns its parsed JSON output. */
async function cloudtrail(
  baseURL: string,
  args: string[],
  { region = "us-east-1", key = TEST_KEYS.cli }: CliOptions = {},
) {
  const { stdout } = await run(
    AWS,
    [
      ...(key === null ? ["--no-sign-request"] : []),
      "cloudtrail",
      ...args,
      "--endpoint-url",
      `${baseURL}/api/cloudtrail`,
      "--region",
      region,
      "--output",
      "json",
    ],
    {
      env: {
        NODE_ENV: "test",
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(key && {
          AWS_ACCESS_KEY_ID: key.accessKeyId,
          AWS_SECRET_ACCESS_KEY: key.secretAccessKey,
        }),
        AWS_CONFIG_FILE: "/dev/null",
        AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_PAGER: "",
        // The CLI shares each region's 2 LookupEvents calls a second with the dashboard, which
        // other tests drive at the same time: let it back off and retry like a patient client.
        AWS_RETRY_MODE: "standard",
        AWS_MAX_ATTEMPTS: "10",
      },
    },
  );
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

test.describe("the AWS CLI against the local service", () => {
  // Each CLI lookup waits its turn behind the dashboard tests running beside it (2 calls a
  // second per region, shared), so these take longer than a page test.
  test.describe.configure({ mode: "serial", timeout: 150_000 });

  test("manages a trail end to end and finds its own calls in the history", async ({ baseURL }) => {
    const base = baseURL!;
    const name = `cli-trail-${Date.now()}`;
    const startedAt = new Date(Date.now() - 60_000).toISOString();

    const created = await cloudtrail(base, [
      "create-trail",
      "--name",
      name,
      "--s3-bucket-name",
      "cli-logs",
      "--is-multi-region-trail",
    ]);
    expect(created).toMatchObject({
      Name: name,
      IsMultiRegionTrail: true,
      TrailARN: `arn:aws:cloudtrail:us-east-1:123456789012:trail/${name}`,
    });

    await cloudtrail(base, ["start-logging", "--name", name]);
    const described = await cloudtrail(base, ["describe-trails", "--trail-name-list", name], {
      region: "eu-west-1",
    });
    expect(described.trailList).toEqual([
      expect.objectContaining({ Name: name, HomeRegion: "us-east-1" }),
    ]);

    const status = await cloudtrail(base, ["get-trail-status", "--name", name]);
    expect(status.IsLogging).toBe(true);

    await cloudtrail(base, ["stop-logging", "--name", name]);
    expect((await cloudtrail(base, ["get-trail-status", "--name", name])).IsLogging).toBe(false);

    const updated = await cloudtrail(base, [
      "update-trail",
      "--name",
      name,
      "--enable-log-file-validation",
    ]);
    expect(updated.LogFileValidationEnabled).toBe(true);

    const selectors = await cloudtrail(base, [
      "put-event-selectors",
      "--trail-name",
      name,
      "--event-selectors",
      '[{"ReadWriteType":"WriteOnly","IncludeManagementEvents":true}]',
    ]);
    expect(selectors.EventSelectors).toEqual([
      expect.objectContaining({ ReadWriteType: "WriteOnly" }),
    ]);

    const insights = await cloudtrail(base, [
      "put-insight-selectors",
      "--trail-name",
      name,
      "--insight-selectors",
      '[{"InsightType":"ApiCallRateInsight"}]',
    ]);
    expect(insights.InsightSelectors).toEqual([{ InsightType: "ApiCallRateInsight" }]);

    await cloudtrail(base, ["delete-trail", "--name", name]);

    // Every call above is in the history, attributed to the IAM user of the key the CLI signed
    // with; the filter and the time range keep the CLI from paging through the whole account.
    const history = await cloudtrail(base, [
      "lookup-events",
      "--lookup-attributes",
      "AttributeKey=AccessKeyId,AttributeValue=" + ACCESS_KEY,
      "--start-time",
      startedAt,
      "--end-time",
      new Date(Date.now() + 60_000).toISOString(),
    ]);
    const events = history.Events as { EventName: string; Username: string }[];
    expect(events.map((e) => e.EventName)).toEqual(
      expect.arrayContaining([
        "CreateTrail",
        "StartLogging",
        "StopLogging",
        "UpdateTrail",
        "PutEventSelectors",
        "PutInsightSelectors",
        "DeleteTrail",
      ]),
    );
    expect(new Set(events.map((e) => e.Username))).toEqual(new Set([TEST_KEYS.cli.userName]));
  });

  test("records a call made with the README's demo key as its user, local-cli", async ({
    baseURL,
  }) => {
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    await cloudtrail(baseURL!, ["list-trails"], { key: TEST_KEYS.demo });
    const byUser = await cloudtrail(baseURL!, [
      "lookup-events",
      "--lookup-attributes",
      "AttributeKey=Username,AttributeValue=local-cli",
      "--start-time",
      startedAt,
    ]);
    const events = byUser.Events as { EventName: string; AccessKeyId: string }[];
    expect(events).toContainEqual(
      expect.objectContaining({
        EventName: "ListTrails",
        AccessKeyId: TEST_KEYS.demo.accessKeyId,
      }),
    );
  });

  test("refuses unsigned and wrongly signed calls with AWS's errors, recording none", async ({
    baseURL,
    request,
  }) => {
    const startedAt = Math.floor(Date.now() / 1000) - 60;
    await expect(cloudtrail(baseURL!, ["list-trails"], { key: null })).rejects.toMatchObject({
      stderr: expect.stringContaining(
        "(MissingAuthenticationTokenException) when calling the ListTrails operation: Request is missing Authentication Token",
      ),
    });
    const wrongSecret = { ...TEST_KEYS.refused, secretAccessKey: "not-the-secret" };
    await expect(cloudtrail(baseURL!, ["list-trails"], { key: wrongSecret })).rejects.toMatchObject(
      {
        stderr: expect.stringContaining(
          "(InvalidSignatureException) when calling the ListTrails operation: The request signature we calculated does not match the signature you provided.",
        ),
      },
    );
    const unknownKey = { accessKeyId: "AKIAE2EUNKNOWN000001", secretAccessKey: "anything" };
    await expect(cloudtrail(baseURL!, ["list-trails"], { key: unknownKey })).rejects.toMatchObject({
      stderr: expect.stringContaining(
        "(UnrecognizedClientException) when calling the ListTrails operation: The security token included in the request is invalid.",
      ),
    });

    for (const key of [wrongSecret, unknownKey]) {
      const { Events } = await lookupEvents(request, "us-east-1", {
        LookupAttributes: [{ AttributeKey: "AccessKeyId", AttributeValue: key.accessKeyId }],
        StartTime: startedAt,
      });
      expect(Events).toEqual([]);
    }
  });

  test("reports CloudTrail's errors through the CLI", async ({ baseURL }) => {
    const failure = cloudtrail(baseURL!, ["get-trail-status", "--name", "no-such-trail"]);
    await expect(failure).rejects.toMatchObject({
      stderr: expect.stringContaining("TrailNotFoundException"),
    });
    const badName = cloudtrail(baseURL!, [
      "create-trail",
      "--name",
      "bad--name",
      "--s3-bucket-name",
      "cli-logs",
    ]);
    await expect(badName).rejects.toMatchObject({
      stderr: expect.stringContaining("InvalidTrailNameException"),
    });
  });

  test("serves the AWS SDK for JavaScript, which posts to the endpoint's path with a slash", async ({
    baseURL,
    request,
  }) => {
    const startedAt = Math.floor(Date.now() / 1000) - 60;
    const client = (secretAccessKey: string) =>
      new CloudTrailClient({
        region: "eu-west-1",
        endpoint: `${baseURL}/api/cloudtrail`,
        credentials: { accessKeyId: TEST_KEYS.sdk.accessKeyId, secretAccessKey },
      });
    const { trailList } = await client(TEST_KEYS.sdk.secretAccessKey).send(
      new DescribeTrailsCommand({ includeShadowTrails: false }),
    );
    expect(trailList?.map((trail) => trail.Name)).toEqual(["eu-data-events"]);

    const refused = client("not-the-secret").send(new ListTrailsCommand({}));
    await expect(refused).rejects.toMatchObject({
      name: "InvalidSignatureException",
      $metadata: { httpStatusCode: 400 },
    });

    const { Events } = await lookupEvents(request, "eu-west-1", {
      LookupAttributes: [
        { AttributeKey: "AccessKeyId", AttributeValue: TEST_KEYS.sdk.accessKeyId },
      ],
      StartTime: startedAt,
    });
    expect(Events.map((e) => [e.EventName, e.Username])).toEqual([
      ["DescribeTrails", TEST_KEYS.sdk.userName],
    ]);
  });

  test("checks the signature over the body the endpoint received", async ({ baseURL, request }) => {
    const signedBody = JSON.stringify({ Name: "signed-trail", S3BucketName: "logs" });
    const headers = await signedHeaders(baseURL!, "us-east-1", "CreateTrail", signedBody);
    const tampered = await request.post("/api/cloudtrail", {
      headers,
      data: signedBody.replace("signed-trail", "tampered-trail"),
    });
    expect(tampered.status()).toBe(400);
    expect(await tampered.json()).toEqual({
      __type: "InvalidSignatureException",
      message:
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    });
  });
});
