import type { TrailEvent } from "./trail-event";

/**
 * Error codes, beyond the families below, that a service answers when a principal is not
 * allowed to make a call.
 */
const OTHER_DENIALS: ReadonlySet<string> = new Set([
  "UnauthorizedAccess",
  "UnauthorizedException",
  "AuthorizationError",
  "AuthorizationErrorException",
  "Forbidden",
  "ForbiddenException",
]);

/**
 * A call refused for lack of permission. Services spell it differently (EC2 answers
 * Client.UnauthorizedOperation, most JSON services AccessDeniedException), so this follows
 * the CIS benchmark's filter (`AccessDenied*`, `*UnauthorizedOperation`) and adds the
 * other spellings. The Overview's chart and the burst rule both count these.
 */
export function isAccessDenied(event: TrailEvent): boolean {
  const code = event.errorCode;
  if (typeof code !== "string") return false;
  return (
    code.startsWith("AccessDenied") ||
    code.endsWith("UnauthorizedOperation") ||
    OTHER_DENIALS.has(code)
  );
}

/** Who made a call, for grouping: the identity's ARN, else its user name. */
export function principalOf(event: TrailEvent): string | undefined {
  return event.identityArn || event.username || undefined;
}
