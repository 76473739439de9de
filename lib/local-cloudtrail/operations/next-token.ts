import "server-only";

import { createHash } from "node:crypto";

import { ServiceError } from "../protocol/service-error";
import type { EventCursor } from "../store/events-repo";

/**
 * LookupEvents' NextToken: where the page ended plus a fingerprint of the parameters it
 * was issued for, so a token replayed with other parameters is refused as on AWS.
 */
export function encodeNextToken(cursor: EventCursor, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ t: cursor.time, s: cursor.seq, f: fingerprint })).toString(
    "base64url",
  );
}

export function decodeNextToken(token: string, fingerprint: string): EventCursor {
  const invalid = () =>
    new ServiceError(
      "InvalidNextTokenException",
      "Invalid NextToken: it is malformed or was issued for other parameters.",
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !("t" in parsed && "s" in parsed && "f" in parsed) ||
    typeof parsed.t !== "number" ||
    typeof parsed.s !== "number" ||
    parsed.f !== fingerprint
  ) {
    throw invalid();
  }
  return { time: parsed.t, seq: parsed.s };
}

export function fingerprintOf(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 22);
}
