import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { noteImportedRegions } from "../store/imported-regions";
import { createHarness } from "../testing/harness";

const AUTH =
  "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261124/eu-west-1/cloudtrail/aws4_request, SignedHeaders=host, Signature=abc";

function call(target: string | undefined, body: string, headers: Record<string, string> = {}) {
  return {
    method: "POST",
    headers: {
      "Content-Type": "application/x-amz-json-1.1",
      ...(target && { "X-Amz-Target": target }),
      Authorization: AUTH,
      ...headers,
    },
    body,
  };
}

describe("AWS JSON 1.1 protocol", () => {
  let harness: ReturnType<typeof createHarness>;
  beforeEach(() => {
    harness = createHarness();
  });
  afterEach(() => harness.close());

  const send = (...args: Parameters<typeof call>) => {
    const response = harness.service.handleInProcess(call(...args));
    return { ...response, json: JSON.parse(response.body) as Record<string, unknown> };
  };

  it("accepts the short and the long X-Amz-Target forms", () => {
    const short = send("CloudTrail_20131101.ListTrails", "{}");
    const long = send("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListTrails", "{}");
    expect(short.statusCode).toBe(200);
    expect(long.statusCode).toBe(200);
    expect(short.json).toEqual({ Trails: [] });
    expect(short.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(short.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers a malformed body with SerializationException", () => {
    const response = send("CloudTrail_20131101.ListTrails", "{not json");
    expect(response.statusCode).toBe(400);
    expect(response.json.__type).toBe("SerializationException");
    expect(send("CloudTrail_20131101.ListTrails", "[1,2]").json.__type).toBe(
      "SerializationException",
    );
  });

  it("answers a member of the wrong type with SerializationException", () => {
    const response = send(
      "CloudTrail_20131101.LookupEvents",
      JSON.stringify({ MaxResults: "ten" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json).toMatchObject({ __type: "SerializationException" });
    expect(String(response.json.message)).toContain("maxResults");
  });

  it("answers an unknown or missing operation with UnknownOperationException", () => {
    expect(send("CloudTrail_20131101.DescribeEverything", "{}").json.__type).toBe(
      "UnknownOperationException",
    );
    expect(send(undefined, "{}").json.__type).toBe("UnknownOperationException");
    expect(send("Other_20200101.ListTrails", "{}").statusCode).toBe(400);
  });

  it("answers a missing required member with ValidationException naming it", () => {
    const response = send("CloudTrail_20131101.CreateTrail", JSON.stringify({ Name: "trail-one" }));
    expect(response.statusCode).toBe(400);
    expect(response.json.__type).toBe("ValidationException");
    expect(response.json.message).toBe(
      "1 validation error detected: Value null at 's3BucketName' failed to satisfy constraint: Member must not be null",
    );
  });

  it("answers a model operation it does not implement with UnsupportedOperationException", () => {
    const response = send(
      "CloudTrail_20131101.CreateEventDataStore",
      JSON.stringify({ Name: "eds" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json.__type).toBe("UnsupportedOperationException");
  });

  it("takes the region from the signature's credential scope", () => {
    const created = send(
      "CloudTrail_20131101.CreateTrail",
      JSON.stringify({ Name: "eu-trail", S3BucketName: "eu-logs" }),
    );
    expect(created.statusCode).toBe(200);
    expect(created.json.TrailARN).toBe("arn:aws:cloudtrail:eu-west-1:123456789012:trail/eu-trail");
  });

  it("refuses calls to an opt-in region the account has not enabled, and records nothing", () => {
    const optIn = AUTH.replace("eu-west-1", "ap-east-1");
    const response = send("CloudTrail_20131101.ListTrails", "{}", { Authorization: optIn });
    expect(response.statusCode).toBe(400);
    expect(response.json).toEqual({
      __type: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    });
    const history = send("CloudTrail_20131101.LookupEvents", "{}", {
      Authorization: optIn.replace("ap-east-1", "eu-west-1"),
    });
    expect(history.json.Events).toEqual([]);
  });

  it("answers in an opt-in region once imported log files show the account uses it", () => {
    const optIn = AUTH.replace("eu-west-1", "ap-east-1");
    noteImportedRegions(harness.service.db, ["ap-east-1"]);
    const response = send("CloudTrail_20131101.ListTrails", "{}", { Authorization: optIn });
    expect(response.statusCode).toBe(200);
    expect(response.json).toEqual({ Trails: [] });
  });
});
