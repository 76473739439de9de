import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getShape, serviceModel } from "../model/model";
import { OPERATIONS } from "../operations/registry";
import { createHarness } from "../testing/harness";
import { MAX_REQUEST_BYTES } from "./parse-request";

/**
 * The local service answers AWS JSON 1.1 requests from any client on the network, so any
 * method, header and body must get an AWS error (4xx) or an answer, never an internal
 * failure. The bodies are drawn from the operations' own input shapes, with wrong types,
 * nulls, unknown members and deep nesting mixed in, so the fuzz reaches the operations and
 * not only the parser. They enter past the signature check (handleInProcess), which has its
 * own fuzz in signature/verify-signature.test.ts.
 */

const RUNS = { numRuns: 300 };
const TRAIL = "fuzz-trail";
const REGION = "us-east-1";
const ARN = `arn:aws:cloudtrail:${REGION}:123456789012:trail/${TRAIL}`;

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 2001, maxLength: 3000 }) },
);

/** Strings an operation may recognise: the test's trail, names near CloudTrail's rules, enum values. */
const knownStrings = fc.constantFrom(
  TRAIL,
  ARN,
  "arn:aws:cloudtrail:us-east-1:123456789012:trail/missing",
  "arn:",
  "my-bucket",
  "Management",
  "Data",
  "eventCategory",
  "resources.type",
  "AWS::S3::Object",
  "arn:aws:s3",
  "ApiCallRateInsight",
  "kms.amazonaws.com",
  "alias/key",
  "insight",
);

/**
 * JSON nested deeper than any input shape, which the service must not recurse into blindly.
 * JSON.stringify cannot write it either, so a marker stands in until the body is written.
 */
const deep = fc.integer({ min: 1_000, max: 20_000 }).map((depth) => `@@deep:${depth}@@`);
const writeBody = (input: unknown) =>
  (JSON.stringify(input) ?? "").replace(/"@@deep:(\d+)@@"/g, (_, depth: string) =>
    "[".repeat(Number(depth)).concat("]".repeat(Number(depth))),
  );

const junk = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: deep },
);

const memo = new Map<string, fc.Arbitrary<unknown>>();

/** A value for a model shape: mostly of its type, sometimes anything. */
function valueOf(shapeName: string): fc.Arbitrary<unknown> {
  const known = memo.get(shapeName);
  if (known) return known;
  const shape = getShape(shapeName);
  let typed: fc.Arbitrary<unknown>;
  switch (shape.type) {
    case "structure": {
      const members = Object.fromEntries(
        Object.entries(shape.members).map(([name, ref]) => [name, valueOf(ref.shape)]),
      );
      typed = fc
        .tuple(
          fc.record(members, { requiredKeys: shape.required ?? [] }),
          fc.dictionary(fc.oneof(fc.string(), fc.constant("__proto__")), junk, { maxKeys: 2 }),
        )
        .map(([record, extra]) => ({ ...extra, ...record }));
      break;
    }
    case "list":
      typed = fc.array(valueOf(shape.member.shape), { maxLength: 3 });
      break;
    case "map":
      typed = fc.dictionary(fc.string(), valueOf(shape.value.shape), { maxKeys: 3 });
      break;
    case "string":
      typed = fc.oneof(
        { weight: 3, arbitrary: shape.enum ? fc.constantFrom(...shape.enum) : knownStrings },
        { weight: 1, arbitrary: text },
      );
      break;
    case "boolean":
      typed = fc.boolean();
      break;
    case "timestamp":
      typed = fc.oneof(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(-1, 1e300, -1e300, Number.MAX_VALUE),
      );
      break;
    case "integer":
    case "long":
      typed = fc.oneof(fc.integer({ min: -5, max: 60 }), fc.integer(), fc.constant(1e300));
      break;
    default:
      typed = fc.double();
  }
  const arbitrary = fc.oneof(
    { weight: 10, arbitrary: typed },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: junk },
  );
  memo.set(shapeName, arbitrary);
  return arbitrary;
}

const operationNames = Object.keys(serviceModel.operations);
const implemented = Object.keys(OPERATIONS);

/** A request for an implemented operation with a body drawn from its input shape. */
const shapedRequest = fc.constantFrom(...implemented).chain((operation) =>
  valueOf(serviceModel.operations[operation].input!.shape).map((input) => ({
    target: `CloudTrail_20131101.${operation}`,
    body: writeBody(input),
  })),
);

/** Anything else a client could send: any target, any text, any JSON. */
const rawRequest = fc.record({
  target: fc.oneof(
    fc.constantFrom(...operationNames).map((name) => `CloudTrail_20131101.${name}`),
    fc
      .constantFrom(...operationNames)
      .map((name) => `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.${name}`),
    fc.constantFrom(
      "CloudTrail_20131101.",
      "CloudTrail_20131101.__proto__",
      "CloudTrail_20131101.constructor",
    ),
    text,
  ),
  body: fc.oneof(
    text,
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.constantFrom("", " ", "{", "null", "[]", '{"__proto__":{"x":1}}', "\u0000"),
  ),
});

const authorization = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(REGION, "eu-west-1", "ap-east-1", "zz-fake-1")
      .map(
        (region) =>
          `AWS4-HMAC-SHA256 Credential=AKIAFUZZ/20261124/${region}/cloudtrail/aws4_request, SignedHeaders=host, Signature=0`,
      ),
  },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const request = fc.record({
  method: fc.oneof(
    { weight: 9, arbitrary: fc.constant("POST") },
    { weight: 1, arbitrary: fc.constantFrom("GET", "PUT", "post", "") },
  ),
  call: fc.oneof({ weight: 3, arbitrary: shapedRequest }, { weight: 1, arbitrary: rawRequest }),
  authorization,
  userAgent: fc.option(text),
  extraHeaders: fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
});

describe("the local CloudTrail service under arbitrary requests", () => {
  let harness: ReturnType<typeof createHarness>;
  beforeAll(() => {
    // Throttling off: the fuzz reaches LookupEvents' own checks, not only ThrottlingException.
    harness = createHarness({ lookupEventsPerSecond: null });
    const created = harness.service.handleInProcess({
      method: "POST",
      headers: {
        "X-Amz-Target": "CloudTrail_20131101.CreateTrail",
        Authorization: `AWS4-HMAC-SHA256 Credential=AKIAFUZZ/20261124/${REGION}/cloudtrail/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify({ Name: TRAIL, S3BucketName: "my-bucket", IsMultiRegionTrail: true }),
    });
    expect(created.statusCode).toBe(200);
  });
  afterAll(() => harness.close());

  const send = (operation: string, body: string) =>
    harness.service.handleInProcess({
      method: "POST",
      headers: {
        "X-Amz-Target": `CloudTrail_20131101.${operation}`,
        Authorization: `AWS4-HMAC-SHA256 Credential=AKIAFUZZ/20261124/${REGION}/cloudtrail/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body,
    });

  it.each([
    ["DescribeTrails", { trailNameList: [null] }, "trailNameList.1.member"],
    ["PutEventSelectors", { TrailName: TRAIL, EventSelectors: [null] }, "eventSelectors.1.member"],
    [
      "PutEventSelectors",
      { TrailName: TRAIL, AdvancedEventSelectors: [{ FieldSelectors: [null] }] },
      "advancedEventSelectors.1.member.FieldSelectors.1.member",
    ],
    [
      "PutInsightSelectors",
      { TrailName: TRAIL, InsightSelectors: [null] },
      "insightSelectors.1.member",
    ],
    ["AddTags", { ResourceId: ARN, TagsList: [null] }, "tagsList.1.member"],
  ])(
    "refuses a null list member of %s as AWS does (regression: a TypeError)",
    (operation, body, path) => {
      const response = send(operation, JSON.stringify(body));
      expect(response.statusCode).toBe(400);
      expect(JSON.parse(response.body)).toEqual({
        __type: "ValidationException",
        message: `1 validation error detected: Value null at '${path}' failed to satisfy constraint: Member must not be null`,
      });
    },
  );

  it("reads a member sent as null as one not sent (regression: a tag with a null Value)", () => {
    const response = send(
      "CreateTrail",
      JSON.stringify({
        Name: "fuzz-null-tag",
        S3BucketName: "my-bucket",
        TagsList: [{ Key: "team", Value: null }],
        KmsKeyId: null,
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ Name: "fuzz-null-tag" });
  });

  it("records only the modelled parameters of a call, however deep the body (regression: a stack overflow)", () => {
    const depth = 50_000;
    const body = `{"Name":"${TRAIL}","Junk":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const response = send("GetTrail", body);
    expect(response.statusCode).toBe(200);
    const mistyped = send("GetTrail", `{"Name":${"[".repeat(depth)}${"]".repeat(depth)}}`);
    expect(mistyped.statusCode).toBe(400);
    expect(JSON.parse(mistyped.body)).toMatchObject({ __type: "SerializationException" });
  });

  it("refuses a body larger than any CloudTrail request before reading it", () => {
    const response = send("GetTrail", JSON.stringify({ Name: "x".repeat(MAX_REQUEST_BYTES) }));
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ __type: "RequestEntityTooLargeException" });
  });

  it("answers every request with an AWS error (4xx) or an answer, never an internal failure", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(request, ({ method, call, authorization, userAgent, extraHeaders }) => {
        const response = harness.service.handleInProcess({
          method,
          headers: {
            ...extraHeaders,
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": call.target,
            ...(authorization !== undefined && { Authorization: authorization }),
            ...(userAgent !== null && { "User-Agent": userAgent }),
          },
          body: call.body,
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
        const json = JSON.parse(response.body) as Record<string, unknown>;
        if (response.statusCode >= 400) {
          expect(typeof json.__type).toBe("string");
          expect(typeof json.message).toBe("string");
          seen.add(String(json.__type));
        } else {
          seen.add("ok");
        }
      }),
      RUNS,
    );
    // The fuzz got past the parser: operations answered, and refused with their own codes.
    expect(seen).toContain("ok");
    expect([...seen].filter((code) => code.endsWith("Exception")).length).toBeGreaterThan(3);
  });
});
