import type { Role } from "@/lib/auth/roles";

/**
 * The changes the dashboard makes, named after the CloudTrail operation that carries them,
 * and ImportLogFile: a log file loaded into the local store.
 */
export type AuditAction =
  | "CreateTrail"
  | "UpdateTrail"
  | "DeleteTrail"
  | "StartLogging"
  | "StopLogging"
  | "PutEventSelectors"
  | "PutInsightSelectors"
  | "ImportLogFile";

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
  /** What a change that touches no trail acted on, in words: an import's file and counts. */
  detail?: string;
  outcome: AuditOutcome;
  error?: string;
  /** CloudTrail's request id of each changing call, to find them in CloudTrail's own history. */
  calls: { operation: string; region: string; requestId?: string; errorCode?: string }[];
  sourceIp?: string;
}

export type NewAuditEntry = Omit<AuditEntry, "id">;
