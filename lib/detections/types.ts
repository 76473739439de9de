import type { TrailEvent } from "@/lib/events/trail-event";

export type Severity = "critical" | "high" | "medium" | "low";

/** Most severe first: the order findings are listed in. */
export const SEVERITY_ORDER: readonly Severity[] = ["critical", "high", "medium", "low"];

/** The benchmark control or attack technique a rule answers to, for the analyst to read up on. */
export interface RuleReference {
  framework: "CIS AWS Foundations" | "MITRE ATT&CK";
  id: string;
  title: string;
  url: string;
}

interface RuleBase {
  /** Kebab-case and stable: it is used in URLs. */
  id: string;
  /** Short, e.g. "CloudTrail logging tampered with". */
  title: string;
  severity: Severity;
  /** One or two sentences: why this is dangerous. */
  description: string;
  /** What an analyst does next. */
  nextSteps: string;
  reference: RuleReference;
}

/** Flags single events on their own content. */
export interface RecordRule extends RuleBase {
  kind: "record";
  match(event: TrailEvent): boolean;
}

/** Flags events only when enough similar ones by the same actor come close together. */
export interface BurstRule extends RuleBase {
  kind: "burst";
  /** Whether an event counts towards a burst, e.g. a failed console login. */
  candidate(event: TrailEvent): boolean;
  /** Who the burst is grouped by (principal ARN, user, ...); undefined leaves the event out. */
  key(event: TrailEvent): string | undefined;
  /** At least this many candidates... */
  threshold: number;
  /** ...within this many ms, by the same key. */
  windowMs: number;
}

export type DetectionRule = RecordRule | BurstRule;

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** For burst rules: the burst this event belongs to (count, first and last time ISO, key). */
  burst?: { key: string; count: number; first: string; last: string };
}
