import type { Role } from "./roles";

export interface RoleMapping {
  /** A claim name (`groups`, `cognito:groups`) or a dotted path into nested claims (`realm_access.roles`). */
  roleClaim: string;
  adminValues: readonly string[];
  /** Empty: anyone the provider signs in is at least a viewer. */
  viewerValues: readonly string[];
}

/**
 * The role an OpenID Connect user gets from their claims: admin when the claim holds an
 * admin value, viewer when it holds a viewer value (or when no viewer values are set), and
 * none otherwise, which refuses the sign-in. The claim may be a string or a list of strings.
 */
export function roleFromClaims(
  claims: Record<string, unknown>,
  mapping: RoleMapping,
): Role | undefined {
  const values = claimValues(readClaim(claims, mapping.roleClaim));
  if (values.some((value) => mapping.adminValues.includes(value))) return "admin";
  if (mapping.viewerValues.length === 0) return "viewer";
  return values.some((value) => mapping.viewerValues.includes(value)) ? "viewer" : undefined;
}

/** What the dashboard and the audit log call an OpenID Connect user. */
export function displayName(claims: Record<string, unknown>): string {
  for (const key of ["preferred_username", "email", "name", "sub"]) {
    const value = claims[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 128);
  }
  return "unknown";
}

function readClaim(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function claimValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}
