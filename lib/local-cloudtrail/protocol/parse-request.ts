import "server-only";

import { randomUUID } from "node:crypto";

import { getOperation, serviceModel } from "../model/model";
import { parseAuthorization, parseCredential } from "../signature/authorization";
import { serializationError, ServiceError } from "./service-error";
import { isPlainObject } from "./validate-input";

/** An HTTP request as the local service sees it, whether it came over HTTP or in-process. */
export interface ServiceRequest {
  method: string;
  /** Header names in any case. */
  headers: Record<string, string | undefined>;
  body: string;
  /** The path and query the request was sent to, which its signature covers (default "/"). */
  path?: string;
  sourceIp?: string;
}

export interface ServiceResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface ParsedRequest {
  operation: string;
  input: Record<string, unknown>;
  region: string;
  userAgent?: string;
  sourceIp: string;
  requestId: string;
}

const SHORT_PREFIX = "CloudTrail_20131101.";
// Clients send either form; AWS accepts both.
const LONG_PREFIX = `${serviceModel.metadata.targetPrefix}.`;

/**
 * Larger than any CloudTrail request (500 selector values of 2,048 characters are about
 * 1 MB): a body past it is refused before it is parsed or recorded.
 */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

export function parseRequest(request: ServiceRequest, requestId = randomUUID()): ParsedRequest {
  if (Buffer.byteLength(request.body) > MAX_REQUEST_BYTES) {
    throw new ServiceError(
      "RequestEntityTooLargeException",
      `The request body is larger than ${MAX_REQUEST_BYTES} bytes.`,
      413,
    );
  }
  const header = (name: string) => findHeader(request.headers, name);
  const operation = parseTarget(header("x-amz-target"));

  // The region is the one the request is signed for, as on AWS.
  const { credential } = parseAuthorization(header("authorization") ?? "");
  const region = credential && parseCredential(credential)?.region;
  if (!region) {
    throw new ServiceError(
      "MissingAuthenticationTokenException",
      "Request is missing Authentication Token",
    );
  }

  return {
    operation,
    input: parseBody(request.body),
    region,
    userAgent: header("user-agent"),
    sourceIp: request.sourceIp ?? "127.0.0.1",
    requestId,
  };
}

function parseTarget(target: string | undefined): string {
  const name = target?.startsWith(LONG_PREFIX)
    ? target.slice(LONG_PREFIX.length)
    : target?.startsWith(SHORT_PREFIX)
      ? target.slice(SHORT_PREFIX.length)
      : undefined;
  if (!name || !getOperation(name)) {
    throw new ServiceError("UnknownOperationException", `Unknown operation ${target ?? "(none)"}`);
  }
  return name;
}

function parseBody(body: string): Record<string, unknown> {
  if (body.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw serializationError("The request body is not valid JSON");
  }
  if (!isPlainObject(parsed)) throw serializationError("The request body must be a JSON object");
  return parsed;
}

export function findHeader(headers: Record<string, string | undefined>, name: string) {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
