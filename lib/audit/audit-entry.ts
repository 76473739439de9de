import type { Role } from "@/lib/auth/roles";

/** The changes the dashboard makes, named after the CloudTrail operation that carries them. */
export type AuditAction =
  | "CreateTrail"
  | "UpdateTrail"
  | "DeleteTrail"
  | "StartLogging"
  | "StopLogging"
  | "PutEventSelectors"
  | "PutInsightSelectors";

/** succeeded and failed reached CloudTrail; refused never did (the role did not allow it). */
export type AuditOutcome = "succeeded" | "failed" | "refused";

/** One change made, or tried, through the dashboard: who, what, on which trail, and how it ended. */
export interface AuditEntry {
  id: number;
  at: number;
  actor: string;
  actorRole: Role;
  authMethod: "password" | "oidc";
  action: AuditAction;
  trail?: { region?: string; name?: string; arn?: string };
  outcome: AuditOutcome;
  error?: string;
  /** CloudTrail's request id of each changing call, to find them in CloudTrail's own history. */
  calls: { operation: string; region: string; requestId?: string; errorCode?: string }[];
  sourceIp?: string;
}

export type NewAuditEntry = Omit<AuditEntry, "id">;
