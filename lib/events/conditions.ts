import { visiblePreview } from "@/lib/format/visible-text";
import { LOOKUP_ATTRIBUTE_KEYS, type LookupAttributeKey } from "@/lib/view/lookup-attributes";

import { couldBeFlagged, type FlaggedChoice } from "./flagged";
import { readRecordPath } from "./read-column";
import type { TrailEvent } from "./trail-event";

/**
 * The fields a condition can test: CloudTrail's eight lookup attributes, and fields of the
 * record that CloudTrail cannot filter on, which the server tests on each page it reads.
 */
export const RECORD_FIELD_KEYS = [
  "errorCode",
  "sourceIPAddress",
  "userIdentity.type",
  "userIdentity.arn",
  "awsRegion",
  "userAgent",
  "recipientAccountId",
  "outcome",
  "text",
] as const;

export type RecordFieldKey = (typeof RECORD_FIELD_KEYS)[number];

export const CONDITION_FIELDS = [...LOOKUP_ATTRIBUTE_KEYS, ...RECORD_FIELD_KEYS] as const;

export type ConditionField = LookupAttributeKey | RecordFieldKey;

export interface Condition {
  field: ConditionField;
  value: string;
}

/** How a field compares: CloudTrail's attributes match exactly; record fields as described. */
type Comparison = "equals" | "equals-ignoring-case" | "contains-ignoring-case";

interface FieldSpec {
  label: string;
  comparison: Comparison;
  example: string;
  /** The value of the field in an event, or undefined when the event has none. */
  read: (event: TrailEvent) => string | readonly string[] | undefined;
}

export const CONDITION_FIELD_SPECS: Record<ConditionField, FieldSpec> = {
  EventName: {
    label: "Event name",
    comparison: "equals",
    example: "ConsoleLogin",
    read: (e) => e.name,
  },
  Username: { label: "User name", comparison: "equals", example: "alice", read: (e) => e.username },
  EventSource: {
    label: "Event source",
    comparison: "equals",
    example: "iam.amazonaws.com",
    read: (e) => e.source,
  },
  ResourceType: {
    label: "Resource type",
    comparison: "equals",
    example: "AWS::S3::Bucket",
    read: (e) => e.resources.map((r) => r.type),
  },
  ResourceName: {
    label: "Resource name",
    comparison: "equals",
    example: "my-bucket",
    read: (e) => e.resources.map((r) => r.name),
  },
  AccessKeyId: {
    label: "Access key ID",
    comparison: "equals",
    example: "AKIA…",
    read: (e) => e.accessKeyId,
  },
  ReadOnly: {
    label: "Read only",
    comparison: "equals",
    example: "true or false",
    read: (e) => (e.readOnly === undefined ? undefined : String(e.readOnly)),
  },
  EventId: { label: "Event ID", comparison: "equals", example: "a1b2c3d4-…", read: (e) => e.id },
  errorCode: {
    label: "Error code",
    comparison: "equals-ignoring-case",
    example: "AccessDenied",
    read: (e) => e.errorCode,
  },
  sourceIPAddress: {
    label: "Source IP address",
    comparison: "equals-ignoring-case",
    example: "203.0.113.7",
    read: (e) => e.sourceIp,
  },
  "userIdentity.type": {
    label: "Identity type",
    comparison: "equals-ignoring-case",
    example: "AssumedRole",
    read: (e) => e.identityType,
  },
  "userIdentity.arn": {
    label: "Identity ARN",
    comparison: "contains-ignoring-case",
    example: "role/Admin",
    read: (e) => e.identityArn,
  },
  awsRegion: {
    label: "AWS region (record)",
    comparison: "equals-ignoring-case",
    example: "us-east-1",
    read: (e) => e.region,
  },
  userAgent: {
    label: "User agent",
    comparison: "contains-ignoring-case",
    example: "aws-cli",
    read: (e) => e.userAgent,
  },
  recipientAccountId: {
    label: "Recipient account",
    comparison: "equals-ignoring-case",
    example: "123456789012",
    read: (e) => {
      const value = readRecordPath(e.record, "recipientAccountId");
      return typeof value === "string" ? value : undefined;
    },
  },
  outcome: {
    label: "Outcome",
    comparison: "equals-ignoring-case",
    example: "success or failure",
    read: (e) => (e.errorCode ? "failure" : "success"),
  },
  text: {
    label: "Text anywhere",
    comparison: "contains-ignoring-case",
    example: "0.0.0.0/0",
    // A record cut for nesting too deeply is searched whole, in its own text.
    read: (e) => e.recordText ?? JSON.stringify(e.record),
  },
};

export function isConditionField(value: string): value is ConditionField {
  return (CONDITION_FIELDS as readonly string[]).includes(value);
}

/**
 * "Event name = ConsoleLogin", "User agent contains aws-cli": a condition in words. Its value
 * may come from a record (a pivot, a drill-down), so hidden characters are shown by their
 * codes and a long value is cut: the description goes into titles and labels.
 */
export function describeCondition(condition: Condition): string {
  const spec = CONDITION_FIELD_SPECS[condition.field];
  const verb = spec.comparison === "contains-ignoring-case" ? "contains" : "=";
  return `${spec.label} ${verb} ${visiblePreview(condition.value)}`;
}

/** Why a condition cannot run, or null when it can. */
export function conditionProblem(condition: Condition): string | null {
  if (condition.value.trim() === "")
    return `The ${CONDITION_FIELD_SPECS[condition.field].label} condition has no value.`;
  if (condition.value.length > 2000)
    return `The ${CONDITION_FIELD_SPECS[condition.field].label} value is longer than 2,000 characters.`;
  if (condition.field === "ReadOnly" && !["true", "false"].includes(condition.value)) {
    return `Read only must be true or false, not “${condition.value}”.`;
  }
  if (condition.field === "outcome" && !["success", "failure"].includes(condition.value)) {
    return `Outcome must be success or failure, not “${condition.value}”.`;
  }
  return null;
}

/**
 * A filter: every condition must hold, with `failuresOnly` the call must have failed, and
 * with `flagged` a detection rule must be able to flag it (see couldBeFlagged).
 */
export interface EventFilter {
  conditions: readonly Condition[];
  failuresOnly: boolean;
  flagged?: FlaggedChoice | null;
}

function compare(comparison: Comparison, actual: string, wanted: string): boolean {
  switch (comparison) {
    case "equals":
      return actual === wanted;
    case "equals-ignoring-case":
      return actual.toLowerCase() === wanted.toLowerCase();
    case "contains-ignoring-case":
      return actual.toLowerCase().includes(wanted.toLowerCase());
  }
}

export function matchesCondition(event: TrailEvent, condition: Condition): boolean {
  const spec = CONDITION_FIELD_SPECS[condition.field];
  const actual = spec.read(event);
  if (actual === undefined) return false;
  const values = typeof actual === "string" ? [actual] : actual;
  return values.some((value) => compare(spec.comparison, value, condition.value));
}

export function matchesFilter(event: TrailEvent, filter: EventFilter): boolean {
  if (filter.failuresOnly && !event.errorCode) return false;
  if (filter.flagged && !couldBeFlagged(event, filter.flagged)) return false;
  return filter.conditions.every((condition) => matchesCondition(event, condition));
}

/**
 * CloudTrail takes one lookup attribute per call; the most selective one goes to it. The
 * order reflects how many events a value typically matches, fewest first.
 */
export const LOOKUP_SELECTIVITY: readonly LookupAttributeKey[] = [
  "EventId",
  "AccessKeyId",
  "ResourceName",
  "Username",
  "EventName",
  "ResourceType",
  "EventSource",
  "ReadOnly",
];

/** Where each condition runs: one at CloudTrail, the rest on the server over each page. */
export interface LookupPlan {
  cloudTrail: (Condition & { field: LookupAttributeKey }) | null;
  server: Condition[];
  failuresOnly: boolean;
}

export function planLookup(filter: EventFilter): LookupPlan {
  let cloudTrail: LookupPlan["cloudTrail"] = null;
  for (const field of LOOKUP_SELECTIVITY) {
    const condition = filter.conditions.find((c) => c.field === field);
    if (condition) {
      cloudTrail = { field, value: condition.value };
      break;
    }
  }
  const server = filter.conditions.filter((c) => c !== cloudTrailSource(filter, cloudTrail));
  return { cloudTrail, server, failuresOnly: filter.failuresOnly };
}

function cloudTrailSource(filter: EventFilter, chosen: LookupPlan["cloudTrail"]) {
  return chosen
    ? filter.conditions.find((c) => c.field === chosen.field && c.value === chosen.value)
    : undefined;
}

/** "field:value" in the URL; the field never holds a colon, the value may. */
export function parseConditionParam(text: string): Condition | null {
  const colon = text.indexOf(":");
  if (colon < 1) return null;
  const field = text.slice(0, colon);
  const value = text.slice(colon + 1);
  if (!isConditionField(field)) return null;
  const condition = { field, value };
  return conditionProblem(condition) ? null : condition;
}

export function formatConditionParam(condition: Condition): string {
  return `${condition.field}:${condition.value}`;
}
