import {
  CreateTrailCommand,
  ListTrailsCommand,
  LookupEventsCommand,
} from "@aws-sdk/client-cloudtrail";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { DEMO_ACCESS_KEY } from "../access-keys";
import { ANALYST_KEY, createHarness } from "../testing/harness";
import { signRequest, type SignOptions } from "../testing/sign-request";

const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

describe("the local service's SigV4 door", () => {
  let h: ReturnType<typeof createHarness>;
  beforeEach(() => {
    h = createHarness({ lookupEventsPerSecond: null });
  });
  afterEach(() => h.close());

  const recordedEvents = () =>
    (h.service.db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;

  const sign = (options: Partial<SignOptions> = {}) =>
    signRequest({ key: ANALYST_KEY, signedAt: new Date(h.now), ...options });

  /** Sends a request through the door and says what came back, checking nothing was recorded. */
  async function refused(request: Awaited<ReturnType<typeof sign>>) {
    const before = recordedEvents();
    const response = await h.service.handle(request);
    expect(recordedEvents()).toBe(before);
    expect(response.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    return { status: response.statusCode, ...(JSON.parse(response.body) as object) };
  }

  it("serves a request signed by a local key", async () => {
    const response = await h.service.handle(await sign());
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ Trails: [] });
  });

  it("records the call as the IAM user of the key that signed it, through the SDK", async () => {
    const analyst = h.signedClient("us-east-1", ANALYST_KEY);
    await analyst.send(new CreateTrailCommand({ Name: "analyst-trail", S3BucketName: "logs" }));
    await h.signedClient("eu-west-1", DEMO_ACCESS_KEY).send(new ListTrailsCommand({}));

    const lookup = async (region: string) =>
      (await h.client(region).send(new LookupEventsCommand({}))).Events ?? [];
    const [created] = (await lookup("us-east-1")).filter((e) => e.EventName === "CreateTrail");
    expect(created.Username).toBe("test-analyst");
    expect(created.AccessKeyId).toBe(ANALYST_KEY.accessKeyId);
    expect(JSON.parse(created.CloudTrailEvent!).userIdentity).toEqual({
      type: "IAMUser",
      principalId: expect.stringMatching(/^AIDA[0-9A-F]{17}$/),
      arn: "arn:aws:iam::123456789012:user/test-analyst",
      accountId: "123456789012",
      accessKeyId: ANALYST_KEY.accessKeyId,
      userName: "test-analyst",
    });
    const [listed] = (await lookup("eu-west-1")).filter((e) => e.EventName === "ListTrails");
    expect(listed.Username).toBe("local-cli");
    expect(listed.AccessKeyId).toBe("AKIAIOSFODNN7EXAMPLE");
  });

  it("gives the same user the same principal id on every call", async () => {
    const client = h.signedClient("us-east-1", ANALYST_KEY);
    await client.send(new ListTrailsCommand({}));
    await client.send(new ListTrailsCommand({}));
    const { Events = [] } = await h.client().send(new LookupEventsCommand({}));
    const ids = Events.filter((e) => e.EventName === "ListTrails").map(
      (e) => JSON.parse(e.CloudTrailEvent!).userIdentity.principalId,
    );
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it("refuses a request without an Authorization header", async () => {
    const request = await sign();
    delete (request.headers as Record<string, string>).authorization;
    expect(await refused(request)).toEqual({
      status: 400,
      __type: "MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  });

  it("refuses a key it does not know, whatever the signature", async () => {
    const request = await sign({
      key: { accessKeyId: "AKIAUNKNOWNKEY000001", secretAccessKey: "whatever" },
    });
    expect(await refused(request)).toEqual({
      status: 400,
      __type: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    });
  });

  it("refuses a known key signed with the wrong secret", async () => {
    const request = await sign({ key: { ...ANALYST_KEY, secretAccessKey: "not-the-secret" } });
    expect(await refused(request)).toEqual({
      status: 400,
      __type: "InvalidSignatureException",
      message: MISMATCH,
    });
  });

  it("refuses a body changed after signing, with or without a signed body hash", async () => {
    const body = JSON.stringify({ Name: "analyst-trail", S3BucketName: "logs" });
    const tampered = body.replace("analyst-trail", "attacker-trail");
    for (const contentSha256 of [false, true]) {
      const request = await sign({ operation: "CreateTrail", body, contentSha256 });
      expect(request.headers["x-amz-content-sha256"] !== undefined).toBe(contentSha256);
      expect(await refused({ ...request, body: tampered })).toMatchObject({
        __type: "InvalidSignatureException",
        message: MISMATCH,
      });
    }
  });

  it("refuses a signed header changed after signing, but not an unsigned one", async () => {
    const request = await sign();
    const retargeted = {
      ...request,
      headers: { ...request.headers, "x-amz-target": "CloudTrail_20131101.DeleteTrail" },
    };
    expect(await refused(retargeted)).toMatchObject({ __type: "InvalidSignatureException" });

    const otherAgent = { ...request, headers: { ...request.headers, "user-agent": "curl/8" } };
    expect((await h.service.handle(otherAgent)).statusCode).toBe(200);
  });

  it("checks a header the client chose to sign that the SDK's signer would leave out", async () => {
    const request = await sign({ signableHeaders: ["user-agent"] });
    expect(request.headers.authorization).toContain("user-agent");
    expect((await h.service.handle(request)).statusCode).toBe(200);
    const otherAgent = { ...request, headers: { ...request.headers, "user-agent": "curl/8" } };
    expect(await refused(otherAgent)).toMatchObject({ __type: "InvalidSignatureException" });
  });

  it("refuses a request sent to another path than the one signed", async () => {
    const request = await sign({ path: "/api/cloudtrail/" });
    expect((await h.service.handle(request)).statusCode).toBe(200);
    expect(await refused({ ...request, path: "/api/cloudtrail" })).toMatchObject({
      __type: "InvalidSignatureException",
      message: MISMATCH,
    });
  });

  it("refuses a request without X-Amz-Date or a Signature, naming what is missing", async () => {
    const request = await sign();
    const withoutDate = { ...request.headers };
    delete withoutDate["x-amz-date"];
    expect(await refused({ ...request, headers: withoutDate })).toEqual({
      status: 400,
      __type: "IncompleteSignatureException",
      message: `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${request.headers.authorization}`,
    });

    const unsignedAuth = request.headers.authorization.replace(/, Signature=[0-9a-f]+/, "");
    expect(
      await refused({ ...request, headers: { ...request.headers, authorization: unsignedAuth } }),
    ).toEqual({
      status: 400,
      __type: "IncompleteSignatureException",
      message: `Authorization header requires 'Signature' parameter. Authorization=${unsignedAuth}`,
    });
  });

  it("refuses a signature made more than 15 minutes before or after now", async () => {
    const minutes = (n: number) => new Date(h.now + n * 60_000);
    expect(await refused(await sign({ signedAt: minutes(-16) }))).toEqual({
      status: 400,
      __type: "InvalidSignatureException",
      message:
        "Signature expired: 20261124T114400Z is now earlier than 20261124T114500Z (20261124T120000Z - 15 min.)",
    });
    expect(await refused(await sign({ signedAt: minutes(16) }))).toEqual({
      status: 400,
      __type: "InvalidSignatureException",
      message:
        "Signature not yet current: 20261124T121600Z is still later than 20261124T121500Z (20261124T120000Z + 15 min.)",
    });
    expect((await h.service.handle(await sign({ signedAt: minutes(-14) }))).statusCode).toBe(200);
    expect((await h.service.handle(await sign({ signedAt: minutes(14) }))).statusCode).toBe(200);
  });

  it("refuses a credential scoped to another service, date or an invalid region", async () => {
    expect(await refused(await sign({ service: "s3" }))).toEqual({
      status: 400,
      __type: "InvalidSignatureException",
      message: "Credential should be scoped to correct service: 'cloudtrail'.",
    });

    const request = await sign();
    const otherDay = request.headers.authorization.replace("/20261124/", "/20261123/");
    expect(
      await refused({ ...request, headers: { ...request.headers, authorization: otherDay } }),
    ).toMatchObject({
      __type: "InvalidSignatureException",
      message:
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261123' != '20261124', from '20261124T120000Z'.",
    });

    expect(await refused(await sign({ region: "mars", service: "ec2" }))).toMatchObject({
      __type: "InvalidSignatureException",
      message:
        "Credential should be scoped to a valid region, not 'mars'. Credential should be scoped to correct service: 'cloudtrail'.",
    });
  });

  it("requires the Host header to be signed and the algorithm to be HMAC-SHA256", async () => {
    const request = await sign();
    const hostless = request.headers.authorization.replace(
      "SignedHeaders=content-type;host;",
      "SignedHeaders=content-type;",
    );
    expect(hostless).not.toContain("host;");
    expect(
      await refused({ ...request, headers: { ...request.headers, authorization: hostless } }),
    ).toMatchObject({
      __type: "InvalidSignatureException",
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    });

    const v4a = request.headers.authorization.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256");
    expect(
      await refused({ ...request, headers: { ...request.headers, authorization: v4a } }),
    ).toMatchObject({
      __type: "IncompleteSignatureException",
      message:
        "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256' (only AWS4-HMAC-SHA256 for now). ",
    });
  });

  it("refuses a well-signed call to an opt-in region the account has not enabled", async () => {
    expect(await refused(await sign({ region: "ap-east-1" }))).toEqual({
      status: 400,
      __type: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    });
  });

  it("answers malformed authentication with a 400, never a failure of its own", async () => {
    const request = await sign();
    const part = fc.oneof(
      fc.string(),
      fc.constantFrom("AWS4-HMAC-SHA256", "Credential=", "SignedHeaders=", "Signature=", ",", "/"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(part, { maxLength: 8 }).map((parts) => parts.join("")),
        fc.option(fc.string(), { nil: undefined }),
        async (authorization, amzDate) => {
          const headers: Record<string, string | undefined> = {
            ...request.headers,
            authorization: `AWS4-${authorization}`,
            "x-amz-date": amzDate,
          };
          const response = await h.service.handle({ ...request, headers });
          expect(response.statusCode).toBe(400);
          expect(JSON.parse(response.body).__type).toMatch(/Signature|Token|Client/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses, with a 400, signed-header lists and signatures it cannot verify", async () => {
    const request = await sign();
    const name = fc.oneof(
      fc.stringMatching(/^[a-z0-9-]{0,12}$/),
      fc.constantFrom("host", "__proto__", "constructor", "x-amz-date", "user-agent"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(name, { maxLength: 6 }), fc.string(), async (names, signature) => {
        const authorization = request.headers.authorization
          .replace(/SignedHeaders=[^,]*/, `SignedHeaders=${["host", ...names].join(";")}`)
          .replace(/Signature=[0-9a-f]+/, `Signature=${signature.replace(/[\s,]/g, "") || "0"}`);
        const headers = { ...request.headers, authorization, ["__proto__"]: "x", constructor: "y" };
        const response = await h.service.handle({ ...request, headers });
        expect(response.statusCode).toBe(400);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts no key at all when none is configured", async () => {
    const closed = createHarness({ accessKeys: [] });
    try {
      const response = await closed.service.handle(
        await signRequest({ key: DEMO_ACCESS_KEY, signedAt: new Date(closed.now) }),
      );
      expect(JSON.parse(response.body).__type).toBe("UnrecognizedClientException");
    } finally {
      closed.close();
    }
  });
});
