import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";

import { test, type APIRequestContext } from "@playwright/test";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

export interface TestKey {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
}

/**
 * The local access keys the end-to-end server accepts (scripts/e2e-server.sh configures the
 * same), each recorded as its own IAM user. `refused` is only ever used with a wrong secret.
 */
export const TEST_KEYS = {
  demo: {
    accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    userName: "local-cli",
  },
  tests: {
    accessKeyId: "AKIAE2ETEST000000001",
    secretAccessKey: "e2e-tests-secret",
    userName: "e2e-tests",
  },
  cli: {
    accessKeyId: "AKIAE2ECLI0000000001",
    secretAccessKey: "e2e-cli-secret",
    userName: "e2e-cli",
  },
  sdk: {
    accessKeyId: "AKIAE2ESDK0000000001",
    secretAccessKey: "e2e-sdk-secret",
    userName: "e2e-sdk",
  },
  refused: {
    accessKeyId: "AKIAE2EREFUSED000001",
    secretAccessKey: "e2e-refused-secret",
    userName: "e2e-refused",
  },
} satisfies Record<string, TestKey>;

/** What the tests read of a LookupEvents answer. */
export interface LookedUpEvent {
  EventId: string;
  EventName: string;
  Username?: string;
  CloudTrailEvent: string;
}

/**
 * The headers of a call to the local service's AWS JSON endpoint at `base`, signed (SigV4)
 * by the SDK's own signer for the Host and path the call is sent to.
 */
export async function signedHeaders(
  base: string,
  region: string,
  operation: string,
  body: string,
  key: Pick<TestKey, "accessKeyId" | "secretAccessKey"> = TEST_KEYS.tests,
): Promise<Record<string, string>> {
  const url = new URL("/api/cloudtrail", base);
  const signer = new SignatureV4({
    credentials: key,
    region,
    service: "cloudtrail",
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: "POST",
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port) || undefined,
      path: url.pathname,
      headers: {
        host: url.host,
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": `CloudTrail_20131101.${operation}`,
      },
      body,
    }),
  );
  // The HTTP client sets Host itself, to the same value.
  return Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== "host"));
}

/**
 * Calls the local service's LookupEvents over its AWS JSON endpoint, signed by the tests' own
 * key (recorded as the IAM user `e2e-tests`). The tests share the region's 2 calls/s with
 * the dashboard, so a throttled call waits and tries again.
 */
export async function lookupEvents(
  request: APIRequestContext,
  region: string,
  input: Record<string, unknown>,
): Promise<{ Events: LookedUpEvent[]; NextToken?: string }> {
  const base = test.info().project.use.baseURL!;
  const body = JSON.stringify(input);
  for (let attempt = 0; ; attempt++) {
    const response = await request.post(new URL("/api/cloudtrail", base).toString(), {
      headers: await signedHeaders(base, region, "LookupEvents", body),
      data: body,
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.ok()) return json as unknown as { Events: LookedUpEvent[]; NextToken?: string };
    if (json.__type !== "ThrottlingException" || attempt >= 10) {
      throw new Error(`LookupEvents failed: ${JSON.stringify(json)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
}

type SourceData = string | ArrayBuffer | ArrayBufferView;

/** SHA-256 and HMAC-SHA-256 from node:crypto, in the shape the signer asks for. */
class Sha256 {
  private hash: Hash | Hmac;

  constructor(private readonly secret?: SourceData) {
    this.hash = this.create();
  }

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }

  reset(): void {
    this.hash = this.create();
  }

  private create(): Hash | Hmac {
    if (this.secret === undefined) return createHash("sha256");
    const key =
      typeof this.secret === "string"
        ? this.secret
        : ArrayBuffer.isView(this.secret)
          ? new Uint8Array(this.secret.buffer, this.secret.byteOffset, this.secret.byteLength)
          : new Uint8Array(this.secret);
    return createHmac("sha256", key);
  }
}
