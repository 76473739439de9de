import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";

import { changeCredentials, stsName } from "./change-client";

/**
 * The role a change runs under in aws mode: asked of STS (its real client, with a request
 * handler that answers as STS does) with the person's name as the session name and as the
 * SourceIdentity, which CloudTrail then records on the change.
 */
describe("changeCredentials", () => {
  it("assumes the role in the person's name", async () => {
    const sent: HttpRequest[] = [];
    const requestHandler = {
      handle: async (request: HttpRequest) => {
        sent.push(request);
        return {
          response: new HttpResponse({
            statusCode: 200,
            headers: { "content-type": "text/xml" },
            body: Buffer.from(ASSUME_ROLE_RESPONSE),
          }),
        };
      },
    };
    const provider = changeCredentials(
      "arn:aws:iam::123456789012:role/trailscope-changes",
      { name: "ana@example.com", role: "admin", method: "oidc", subject: "iss ana" },
      "us-east-1",
      {
        masterCredentials: { accessKeyId: "AKIAEXAMPLE000000001", secretAccessKey: "secret" },
        clientConfig: { region: "us-east-1", requestHandler },
      },
    );
    const credentials = await provider();
    expect(credentials.accessKeyId).toBe("ASIAEXAMPLE000000001");
    const body = new URLSearchParams(String(sent[0].body));
    expect(body.get("Action")).toBe("AssumeRole");
    expect(body.get("RoleArn")).toBe("arn:aws:iam::123456789012:role/trailscope-changes");
    expect(body.get("RoleSessionName")).toBe("ana@example.com");
    expect(body.get("SourceIdentity")).toBe("ana@example.com");
  });
});

describe("stsName", () => {
  it("keeps what STS allows and replaces the rest", () => {
    expect(stsName("Ana María Ruiz")).toBe("Ana-Mar-a-Ruiz");
    expect(stsName("x")).toBe("x-");
    expect(stsName("a".repeat(80))).toHaveLength(64);
  });
});

const ASSUME_ROLE_RESPONSE = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <SourceIdentity>ana@example.com</SourceIdentity>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/trailscope-changes/ana@example.com</Arn>
      <AssumedRoleId>AROAEXAMPLE00000001:ana@example.com</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIAEXAMPLE000000001</AccessKeyId>
      <SecretAccessKey>secret</SecretAccessKey>
      <SessionToken>token</SessionToken>
      <Expiration>2099-01-01T00:00:00Z</Expiration>
    </Credentials>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
</AssumeRoleResponse>`;
