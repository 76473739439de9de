import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";

import { CloudTrailClient, DescribeTrailsCommand } from "@aws-sdk/client-cloudtrail";
import { expect, test } from "./support/test";

const run = promisify(execFile);

// Debian's awscli package is v2 at /usr/bin/aws; otherwise whichever `aws` is on PATH.
const AWS = process.env.TRAILSCOPE_AWS_CLI ?? (existsSync("/usr/bin/aws") ? "/usr/bin/aws" : "aws");
const ACCESS_KEY = "AKIAE2ECLI0000000001";

/** Runs `aws cloudtrail <args>` against the local service and returns its parsed JSON output. */
async function cloudtrail(baseURL: string, args: string[], region = "us-east-1") {
  const { stdout } = await run(
    AWS,
    [
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
        AWS_ACCESS_KEY_ID: ACCESS_KEY,
        AWS_SECRET_ACCESS_KEY: "local-secret",
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
    const described = await cloudtrail(
      base,
      ["describe-trails", "--trail-name-list", name],
      "eu-west-1",
    );
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

    // Every call above is in the history, attributed to the CLI's user; the filter and the
    // time range keep the CLI from paging through the whole demo account.
    const history = await cloudtrail(base, [
      "lookup-events",
      "--lookup-attributes",
      "AttributeKey=AccessKeyId,AttributeValue=" + ACCESS_KEY,
      "--start-time",
      startedAt,
      "--end-time",
      new Date(Date.now() + 60_000).toISOString(),
    ]);
    const names = (history.Events as { EventName: string; Username: string }[]).map(
      (e) => e.EventName,
    );
    expect(names).toEqual(
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
    const byUser = await cloudtrail(base, [
      "lookup-events",
      "--lookup-attributes",
      "AttributeKey=Username,AttributeValue=local-cli",
      "--max-items",
      "5",
    ]);
    expect((byUser.Events as unknown[]).length).toBeGreaterThan(0);
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
  }) => {
    const client = new CloudTrailClient({
      region: "eu-west-1",
      endpoint: `${baseURL}/api/cloudtrail`,
      credentials: { accessKeyId: "AKIAE2ESDK0000000001", secretAccessKey: "local-secret" },
    });
    const { trailList } = await client.send(
      new DescribeTrailsCommand({ includeShadowTrails: false }),
    );
    expect(trailList?.map((trail) => trail.Name)).toEqual(["eu-data-events"]);
  });
});
