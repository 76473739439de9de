import "server-only";

import { createHash, timingSafeEqual } from "node:crypto";

import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

import type { LocalAccessKey } from "../access-keys";
import { findHeader, type ServiceRequest } from "../protocol/parse-request";
import { ServiceError } from "../protocol/service-error";
import { parseAuthorization, parseCredential, type Credential } from "./authorization";
import { Sha256 } from "./sha256";

const ALGORITHM = "AWS4-HMAC-SHA256";
const SERVICE = "cloudtrail";
const MAX_SKEW_MS = 15 * 60_000;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/*
 * The errors, their order and their wording are those AWS's JSON-protocol services answer,
 * all HTTP 400: as recorded from DynamoDB in mhart/dynalite's index.js (each check in turn,
 * with its message); as reported from CloudTrail itself (nccgroup/ScoutSuite#411:
 * UnrecognizedClientException on DescribeTrails) and, with "400 Bad Request", from CloudWatch
 * Logs and Cognito; and by the SDKs (aws/aws-sdk-js#254: "Signature expired: … (… - 15
 * min.)", statusCode 400). AWS appends the canonical request and string to sign to the
 * mismatch message; the local service does not.
 */
const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

const missingToken = () =>
  new ServiceError(
    "MissingAuthenticationTokenException",
    "Request is missing Authentication Token",
  );
const incomplete = (message: string) => new ServiceError("IncompleteSignatureException", message);
const invalid = (message: string) => new ServiceError("InvalidSignatureException", message);

/**
 * Checks a request's AWS Signature Version 4 (Authorization header) against the local access
 * keys, and says whose key signed it. Throws the ServiceError AWS answers otherwise.
 * The time comes from X-Amz-Date only, which every AWS SDK and CLI sends.
 */
export async function verifySignature(
  request: ServiceRequest,
  keys: readonly LocalAccessKey[],
  now: number,
): Promise<LocalAccessKey> {
  const header = (name: string) => findHeader(request.headers, name);
  const authorization = header("authorization");
  if (!authorization?.trim().startsWith("AWS4-")) throw missingToken();

  const auth = parseAuthorization(authorization);
  const amzDate = header("x-amz-date");
  const missing = [
    !auth.credential && "Authorization header requires 'Credential' parameter.",
    !auth.signature && "Authorization header requires 'Signature' parameter.",
    !auth.signedHeaders && "Authorization header requires 'SignedHeaders' parameter.",
    !amzDate &&
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
  ].filter(Boolean);
  if (
    missing.length > 0 ||
    !auth.credential ||
    !auth.signature ||
    !auth.signedHeaders ||
    !amzDate
  ) {
    throw incomplete(`${missing.join(" ")} Authorization=${authorization}`);
  }

  const signedAt = parseAmzDate(amzDate);
  if (signedAt === undefined) {
    throw incomplete(
      `Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`,
    );
  }
  assertFresh(signedAt, now);

  const signedHeaders = auth.signedHeaders.split(";");
  if (!signedHeaders.includes("host")) {
    throw invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  if (auth.algorithm !== ALGORITHM) {
    throw incomplete(
      `Unsupported AWS 'algorithm': '${auth.algorithm}' (only ${ALGORITHM} for now). `,
    );
  }
  const credential = parseCredential(auth.credential);
  if (!credential) {
    throw incomplete(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${auth.credential}'`,
    );
  }
  assertScope(credential, amzDate);

  const key = keys.find((k) => k.accessKeyId === credential.accessKeyId);
  if (!key) {
    throw new ServiceError(
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    );
  }

  // A body hash the client claims must be the body's: the signature covers the claim.
  const claimedHash = header("x-amz-content-sha256");
  if (claimedHash !== undefined && claimedHash !== sha256Hex(request.body)) throw invalid(MISMATCH);

  const expected = await signatureFor(request, key, credential, signedHeaders, signedAt);
  if (!sameText(expected, auth.signature)) throw invalid(MISMATCH);
  return key;
}

function assertFresh(signedAt: Date, now: number): void {
  if (signedAt.getTime() < now - MAX_SKEW_MS) {
    throw invalid(
      `Signature expired: ${amzDateOf(signedAt)} is now earlier than ${amzDateOf(new Date(now - MAX_SKEW_MS))} (${amzDateOf(new Date(now))} - 15 min.)`,
    );
  }
  if (signedAt.getTime() > now + MAX_SKEW_MS) {
    throw invalid(
      `Signature not yet current: ${amzDateOf(signedAt)} is still later than ${amzDateOf(new Date(now + MAX_SKEW_MS))} (${amzDateOf(new Date(now))} + 15 min.)`,
    );
  }
}

// AWS names every wrong part of the scope in one message.
function assertScope(credential: Credential, amzDate: string): void {
  const problems = [
    !REGION.test(credential.region) &&
      `Credential should be scoped to a valid region, not '${credential.region}'.`,
    credential.service !== SERVICE &&
      `Credential should be scoped to correct service: '${SERVICE}'.`,
    credential.terminator !== "aws4_request" &&
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${credential.terminator}'.`,
    credential.date !== amzDate.slice(0, 8) &&
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${credential.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
  ].filter(Boolean);
  if (problems.length > 0) throw invalid(problems.join(" "));
}

/**
 * The signature the key's secret gives the request, by the SDK's own signer: the request is
 * rebuilt with exactly the headers the client signed (the signer would otherwise add
 * X-Amz-Date and leave out headers it never signs itself, such as User-Agent).
 */
async function signatureFor(
  request: ServiceRequest,
  key: LocalAccessKey,
  credential: Credential,
  signedHeaders: string[],
  signedAt: Date,
): Promise<string> {
  const url = new URL(request.path ?? "/", "http://local-cloudtrail");
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = findHeader(request.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);

  const signer = new SignatureV4({
    credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
    region: credential.region,
    service: SERVICE,
    sha256: Sha256,
    // The client's own x-amz-content-sha256, if it signed one, is already among the headers.
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: "http:",
      hostname: headers.host ?? "",
      path: url.pathname,
      query,
      headers,
      body: request.body,
    }),
    {
      signingDate: signedAt,
      signableHeaders: new Set(signedHeaders),
      unsignableHeaders: new Set(["x-amz-date"]),
    },
  );
  return /Signature=([0-9a-f]+)/.exec(signed.headers.authorization ?? "")?.[1] ?? "";
}

function parseAmzDate(value: string): Date | undefined {
  const match = AMZ_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Rejects dates that roll over, such as 20261332T000000Z.
  return amzDateOf(date) === value ? date : undefined;
}

function amzDateOf(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function sha256Hex(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

// Constant time, so the comparison does not tell an attacker how much of a guess was right.
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
