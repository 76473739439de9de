import "server-only";

/** The parts of a SigV4 `Authorization` header, as sent (nothing checked yet). */
export interface AuthorizationHeader {
  algorithm: string;
  credential?: string;
  signedHeaders?: string;
  signature?: string;
}

/** A SigV4 credential: `<key id>/<date>/<region>/<service>/<terminator>`. */
export interface Credential {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
}

/** Reads `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. */
export function parseAuthorization(value: string): AuthorizationHeader {
  const trimmed = value.trim();
  const space = trimmed.search(/\s/);
  const algorithm = space === -1 ? trimmed : trimmed.slice(0, space);
  const params = new Map<string, string>();
  for (const part of (space === -1 ? "" : trimmed.slice(space)).split(",")) {
    const equals = part.indexOf("=");
    if (equals > 0) params.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  return {
    algorithm,
    credential: params.get("Credential") || undefined,
    signedHeaders: params.get("SignedHeaders") || undefined,
    signature: params.get("Signature") || undefined,
  };
}

/** The credential's five parts, or undefined when it does not have exactly five. */
export function parseCredential(credential: string): Credential | undefined {
  const parts = credential.split("/");
  if (parts.length !== 5) return undefined;
  const [accessKeyId, date, region, service, terminator] = parts;
  return { accessKeyId, date, region, service, terminator };
}
