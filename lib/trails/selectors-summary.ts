/**
 * A trail's selectors in words, one line a selector: "All management events (read and
 * write), excluding KMS; S3 data events for arn:aws:s3:::bucket/". The editor's review, the
 * trail's page and the posture checks say what a trail records with these. Safe for the
 * client bundle.
 */

import { insightTypeLabel } from "@/lib/insights/format-insight";

import {
  INSIGHT_TYPES,
  KMS_EVENT_SOURCE,
  LAMBDA_FUNCTION,
  RDS_DATA_EVENT_SOURCE,
  S3_OBJECT,
  type AdvancedEventSelector,
  type BasicEventSelector,
  type DataResource,
  type EventSelectors,
  type FieldOperator,
  type InsightType,
  type ReadWriteType,
} from "./event-selectors";
import { fieldConditions } from "./selectors-rules";

/** How many values a summary lists before it counts the rest. */
const LISTED_VALUES = 3;

const MANAGEMENT: Record<ReadWriteType, string> = {
  All: "All management events (read and write)",
  ReadOnly: "Read-only management events",
  WriteOnly: "Write-only management events",
};

const DATA_READ_WRITE: Record<ReadWriteType, string> = {
  All: "",
  ReadOnly: " (read-only)",
  WriteOnly: " (write-only)",
};

const SOURCE_LABELS: Record<string, string> = {
  [KMS_EVENT_SOURCE]: "KMS",
  [RDS_DATA_EVENT_SOURCE]: "RDS Data API",
};

const DATA_TYPES: Record<string, { label: string; every: string }> = {
  [S3_OBJECT]: { label: "S3", every: "all buckets" },
  [LAMBDA_FUNCTION]: { label: "Lambda", every: "all functions" },
};

/** "arn:aws:s3", "arn:aws:lambda", …: every resource of the service. */
const EVERY_RESOURCE = /^arn:[a-z-]+:[a-z0-9]+$/;

/** "a", "a and b", "a, b and c", "a, b, c and 2 more". */
export function listValues(values: readonly string[], joiner = "and"): string {
  if (values.length <= 1) return values.join("");
  if (values.length <= LISTED_VALUES) {
    return `${values.slice(0, -1).join(", ")} ${joiner} ${values.at(-1)}`;
  }
  return `${values.slice(0, LISTED_VALUES).join(", ")} ${joiner} ${values.length - LISTED_VALUES} more`;
}

function describeDataResource(resource: DataResource, readWriteType: ReadWriteType): string {
  const type = DATA_TYPES[resource.type];
  const label = type?.label ?? resource.type;
  const every = resource.values.some((value) => EVERY_RESOURCE.test(value));
  const targets = every ? (type?.every ?? "all resources") : listValues(resource.values);
  return `${label} data events${DATA_READ_WRITE[readWriteType]} for ${targets}`;
}

export function describeBasicSelector(selector: BasicEventSelector): string {
  const parts: string[] = [];
  if (selector.includeManagementEvents) {
    const excluded = selector.excludeManagementEventSources.map(
      (source) => SOURCE_LABELS[source] ?? source,
    );
    parts.push(
      MANAGEMENT[selector.readWriteType] +
        (excluded.length > 0 ? `, excluding ${listValues(excluded)}` : ""),
    );
  }
  for (const resource of selector.dataResources) {
    parts.push(describeDataResource(resource, selector.readWriteType));
  }
  return parts.length > 0 ? parts.join("; ") : "Nothing (no management or data events)";
}

const OPERATOR_WORDS: Record<FieldOperator, [one: string, many: string]> = {
  equals: ["is", "is one of"],
  notEquals: ["is not", "is none of"],
  startsWith: ["starts with", "starts with one of"],
  notStartsWith: ["does not start with", "starts with none of"],
  endsWith: ["ends with", "ends with one of"],
  notEndsWith: ["does not end with", "ends with none of"],
};

export function describeAdvancedSelector(selector: AdvancedEventSelector, index: number): string {
  const conditions = selector.fieldSelectors.flatMap((field) =>
    fieldConditions(field).map(({ operator, values }) => {
      const [one, many] = OPERATOR_WORDS[operator];
      return `${field.field} ${values.length === 1 ? one : many} ${listValues(values, "or")}`;
    }),
  );
  return `${selector.name || `Selector ${index + 1}`}: ${conditions.join(", ") || "no conditions"}`;
}

/** One line a selector. */
export function describeEventSelectors(eventSelectors: EventSelectors): string[] {
  return eventSelectors.kind === "basic"
    ? eventSelectors.selectors.map(describeBasicSelector)
    : eventSelectors.selectors.map(describeAdvancedSelector);
}

export function describeInsightTypes(types: readonly InsightType[]): string {
  const on = INSIGHT_TYPES.filter((type) => types.includes(type));
  if (on.length === 0) return "Insights off";
  return `${listValues(on.map(insightTypeLabel))} Insights`;
}
