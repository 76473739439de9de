/**
 * Who may do what. Two roles: a viewer (an analyst) reads everything; an admin also changes
 * trails, reads the dashboard's audit log and imports CloudTrail log files into the local
 * store. Pure, so the UI hides what a role cannot do with the same rule the server enforces.
 */
export const ROLES = ["viewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "activity:read" | "trails:change" | "audit:read" | "archive:import";

const GRANTS: Record<Role, readonly Permission[]> = {
  viewer: ["activity:read"],
  admin: ["activity:read", "trails:change", "audit:read", "archive:import"],
};

/** What a permission lets one do, for messages: "Your role (viewer) cannot change trails." */
export const PERMISSION_LABELS: Record<Permission, string> = {
  "activity:read": "read activity",
  "trails:change": "change trails",
  "audit:read": "read the audit log",
  "archive:import": "import log files",
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
