import type { TrailEvent } from "./trail-event";

/** Who made a call, read out of the record's `userIdentity` in the terms an analyst uses. */
export interface IdentityFacts {
  /** CloudTrail's `userIdentity.type` (IAMUser, AssumedRole, Root, AWSService, …). */
  type?: string;
  typeLabel: string;
  /** A short name for the caller: the user, "role / session", "root", the service. */
  who?: string;
  userName?: string;
  roleName?: string;
  roleArn?: string;
  sessionName?: string;
  arn?: string;
  accountId?: string;
  invokedBy?: string;
  accessKeyId?: string;
  mfa: MfaFact;
}

/**
 * Whether MFA backed the call. `sign-in` is ConsoleLogin's own `MFAUsed`; `session` the
 * session's `mfaAuthenticated`; `long-term-key` a call signed with an IAM user's access key,
 * which carries no session and so no MFA; `unknown` when the record does not say.
 */
export type MfaFact =
  | { state: "yes" | "no"; source: "sign-in" | "session" }
  | { state: "no"; source: "long-term-key" }
  | { state: "unknown" };

const TYPE_LABELS: Record<string, string> = {
  IAMUser: "IAM user",
  AssumedRole: "Assumed role",
  Root: "Root user",
  FederatedUser: "Federated user",
  AWSService: "AWS service",
  AWSAccount: "Another AWS account",
  SAMLUser: "SAML user",
  WebIdentityUser: "Web identity user",
  IdentityCenterUser: "IAM Identity Center user",
  Unknown: "Unknown",
};

export function describeIdentity(event: TrailEvent): IdentityFacts {
  const identity = objectAt(event.record, "userIdentity");
  const sessionContext = objectAt(identity, "sessionContext");
  const issuer = objectAt(sessionContext, "sessionIssuer");
  const type = textAt(identity, "type") ?? event.identityType;
  const arn = textAt(identity, "arn") ?? event.identityArn;
  // A failed sign-in records an empty key; that is no key.
  const accessKeyId = event.accessKeyId || textAt(identity, "accessKeyId") || undefined;

  const facts: IdentityFacts = {
    type,
    typeLabel: type ? (TYPE_LABELS[type] ?? type) : "Not recorded",
    arn,
    accountId: textAt(identity, "accountId"),
    invokedBy: textAt(identity, "invokedBy"),
    accessKeyId,
    mfa: mfaOf(event, identity, sessionContext, accessKeyId),
  };

  switch (type) {
    case "AssumedRole":
      facts.roleName = textAt(issuer, "userName") ?? roleNameFromArn(arn);
      facts.roleArn = textAt(issuer, "arn");
      facts.sessionName = lastSegment(arn);
      facts.who = [facts.roleName, facts.sessionName].filter(Boolean).join(" / ") || undefined;
      break;
    case "FederatedUser":
      facts.sessionName = lastSegment(arn);
      facts.userName = textAt(issuer, "userName");
      facts.who = facts.sessionName;
      break;
    case "Root":
      facts.who = "root";
      break;
    case "AWSService":
      facts.who = facts.invokedBy;
      break;
    default:
      facts.userName = textAt(identity, "userName") ?? event.username;
      facts.who = facts.userName;
  }
  facts.who ??= event.username ?? arn ?? textAt(identity, "principalId");
  return facts;
}

function mfaOf(
  event: TrailEvent,
  identity: Record<string, unknown>,
  sessionContext: Record<string, unknown>,
  accessKeyId: string | undefined,
): MfaFact {
  if (event.name === "ConsoleLogin") {
    const used = textAt(objectAt(event.record, "additionalEventData"), "MFAUsed");
    if (used === "Yes" || used === "No") {
      return { state: used === "Yes" ? "yes" : "no", source: "sign-in" };
    }
  }
  const authenticated = textAt(objectAt(sessionContext, "attributes"), "mfaAuthenticated");
  if (authenticated === "true" || authenticated === "false") {
    return { state: authenticated === "true" ? "yes" : "no", source: "session" };
  }
  // AKIA keys are an IAM user's long-term keys: requests signed with them never carry MFA.
  if (textAt(identity, "type") === "IAMUser" && accessKeyId?.startsWith("AKIA")) {
    return { state: "no", source: "long-term-key" };
  }
  return { state: "unknown" };
}

/** "Yes (at sign-in)", "No (long-term access key)": the MFA fact in words. */
export function describeMfa(mfa: MfaFact): string {
  if (mfa.state === "unknown") return "Not recorded";
  const answer = mfa.state === "yes" ? "Yes" : "No";
  switch (mfa.source) {
    case "sign-in":
      return `${answer} (at sign-in)`;
    case "session":
      return `${answer} (session)`;
    case "long-term-key":
      return `${answer} (long-term access key)`;
  }
}

/** The session name: the last part of `arn:aws:sts::<account>:assumed-role/<role>/<session>`. */
function lastSegment(arn: string | undefined): string | undefined {
  if (!arn?.includes("/")) return undefined;
  return arn.split("/").at(-1) || undefined;
}

function roleNameFromArn(arn: string | undefined): string | undefined {
  const match = arn ? /:assumed-role\/([^/]+)\//.exec(arn) : null;
  return match?.[1];
}

function objectAt(parent: unknown, key: string): Record<string, unknown> {
  if (typeof parent !== "object" || parent === null) return {};
  const value = (parent as Record<string, unknown>)[key];
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function textAt(parent: Record<string, unknown>, key: string): string | undefined {
  const value = parent[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}
