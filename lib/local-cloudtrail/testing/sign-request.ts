import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

import type { LocalAccessKey } from "../access-keys";
import { Sha256 } from "../signature/sha256";

export interface SignOptions {
  key: Pick<LocalAccessKey, "accessKeyId" | "secretAccessKey">;
  signedAt: Date;
  region?: string;
  service?: string;
  operation?: string;
  body?: string;
  path?: string;
  /** Sign an x-amz-content-sha256 header, as S3-style signers do. */
  contentSha256?: boolean;
  /** Headers to sign that the SDK's signer leaves out on its own (User-Agent). */
  signableHeaders?: string[];
}

/**
 * A request to the service's door signed by the SDK's own SigV4 signer, as an HTTP client
 * sends it: lower-case header names, the Host it was sent to.
 */
export async function signRequest(options: SignOptions) {
  const body = options.body ?? "{}";
  const path = options.path ?? "/api/cloudtrail";
  const signer = new SignatureV4({
    credentials: options.key,
    region: options.region ?? "us-east-1",
    service: options.service ?? "cloudtrail",
    sha256: Sha256,
    applyChecksum: options.contentSha256 ?? false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: "POST",
      protocol: "http:",
      hostname: "localhost",
      port: 3000,
      path,
      headers: {
        host: "localhost:3000",
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": `CloudTrail_20131101.${options.operation ?? "ListTrails"}`,
        "user-agent": "trailscope-test/1.0",
      },
      body,
    }),
    {
      signingDate: options.signedAt,
      signableHeaders: options.signableHeaders && new Set(options.signableHeaders),
    },
  );
  return { method: "POST", headers: { ...signed.headers }, body, path };
}
