import type { TrailEvent } from "@/lib/events/trail-event";

/**
 * Error codes AWS services answer when a principal is not allowed to make a call. They
 * differ by service (EC2 answers UnauthorizedOperation, most JSON services
 * AccessDeniedException), so "access denied" is a set.
 */
export const ACCESS_DENIED_CODES: ReadonlySet<string> = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "Client.UnauthorizedOperation",
  "UnauthorizedAccess",
  "UnauthorizedException",
  "AuthorizationError",
  "AuthorizationErrorException",
  "Forbidden",
  "ForbiddenException",
]);

export function isAccessDenied(event: TrailEvent): boolean {
  return event.errorCode !== undefined && ACCESS_DENIED_CODES.has(event.errorCode);
}

/** Who made a call, for grouping: the identity's ARN, else its user name. */
export function principalOf(event: TrailEvent): string | undefined {
  return event.identityArn || event.username || undefined;
}
