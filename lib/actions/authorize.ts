import "server-only";

/** What a caller may be asked permission for. */
export type Permission = "trails:change";

export type Authorization = { ok: true } | { ok: false; error: string };

/**
 * The one place a server action asks whether its caller may do something. Every action
 * calls it before touching CloudTrail. Until sign-in exists, everyone who can reach the
 * dashboard may change trails, as they could with the AWS credentials it runs with; the
 * sign-in issue (roles) decides here from the caller's session.
 */
export async function authorize(permission: Permission): Promise<Authorization> {
  void permission;
  return { ok: true };
}
