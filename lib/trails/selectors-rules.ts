/**
 * CloudTrail's rules for a trail's event selectors, as pure checks that say what is wrong in
 * words. The selectors editor checks each field with them before a review, and the server
 * action checks the whole with eventSelectorsProblems before calling CloudTrail. Safe for
 * the client bundle.
 */

import {
  ADVANCED_FIELDS,
  EXCLUDABLE_EVENT_SOURCES,
  FIELD_OPERATORS,
  LAMBDA_FUNCTION,
  MAX_ADVANCED_VALUES,
  MAX_BASIC_SELECTORS,
  MAX_DATA_RESOURCE_VALUES,
  MAX_OPERATOR_VALUE,
  MAX_SELECTOR_NAME,
  S3_OBJECT,
  type AdvancedEventSelector,
  type AdvancedFieldSelector,
  type BasicEventSelector,
  type EventSelectors,
  type FieldOperator,
  type InsightType,
} from "./event-selectors";
import { s3BucketNameProblem } from "./trail-rules";

const PARTITION = "arn:aws(?:-[a-z]+)*";
const ALL_S3 = new RegExp(`^${PARTITION}:s3$`);
const S3_OBJECTS = new RegExp(`^${PARTITION}:s3:::([^/]*)(/.*)?$`);
const ALL_LAMBDA = new RegExp(`^${PARTITION}:lambda$`);
const LAMBDA_FUNCTION_ARN = new RegExp(
  `^${PARTITION}:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:(\\$LATEST|[A-Za-z0-9_-]{1,128}))?$`,
);
// AWS::<service>::<type>; no AWS name comes near 64 characters a part.
const RESOURCE_TYPE = /^AWS::[A-Za-z0-9]{1,64}::[A-Za-z0-9]{1,64}$/;

/** The values CloudTrail takes for the fields it matches with Equals only. */
const EVENT_CATEGORIES = ["Management", "Data", "NetworkActivity"];
const EQUALS_ONLY_FIELDS = new Set(["eventCategory", "readOnly", "resources.type"]);

/** What is wrong with an S3 data resource value (ARN or ARN prefix), if anything. */
export function s3ObjectValueProblem(value: string): string | undefined {
  if (ALL_S3.test(value)) return undefined;
  const match = S3_OBJECTS.exec(value);
  if (!match) {
    return `“${value}” is not an S3 ARN: use arn:aws:s3:::<bucket>/ for a bucket, or arn:aws:s3:::<bucket>/<prefix> for the objects under a prefix.`;
  }
  const bucketProblem = s3BucketNameProblem(match[1]);
  if (bucketProblem) return `“${value}”: the bucket name ${bucketProblem}.`;
  if (match[2] === undefined) {
    return `“${value}” needs a slash after the bucket name: ${value}/ logs every object in the bucket.`;
  }
  return undefined;
}

/** What is wrong with a Lambda data resource value (a function ARN), if anything. */
export function lambdaFunctionValueProblem(value: string): string | undefined {
  if (ALL_LAMBDA.test(value) || LAMBDA_FUNCTION_ARN.test(value)) return undefined;
  return `“${value}” is not a Lambda function ARN: use arn:aws:lambda:<region>:<account>:function:<name>.`;
}

/** What is wrong with one value of a basic selector's data resource of `type`, if anything. */
export function dataResourceValueProblem(type: string, value: string): string | undefined {
  if (type === S3_OBJECT) return s3ObjectValueProblem(value);
  if (type === LAMBDA_FUNCTION) return lambdaFunctionValueProblem(value);
  if (value.length === 0 || value.length > MAX_OPERATOR_VALUE) {
    return `A ${type} value must be 1 to ${MAX_OPERATOR_VALUE} characters.`;
  }
  return undefined;
}

export function isAdvancedField(field: string): boolean {
  return (ADVANCED_FIELDS as readonly string[]).includes(field);
}

/** What is wrong with a condition's field and operator, if anything. */
export function advancedFieldProblem(field: string, operator: FieldOperator): string | undefined {
  if (!isAdvancedField(field)) {
    return `${field || "(no field)"} is not a field trail selectors can filter on.`;
  }
  if (EQUALS_ONLY_FIELDS.has(field) && operator !== "equals") {
    return `${field} can only be matched with “equals”.`;
  }
  return undefined;
}

/** What is wrong with a condition's values for its field, if anything. */
export function advancedValuesProblem(
  field: string,
  values: readonly string[],
): string | undefined {
  if (values.length === 0) return `Give ${field || "the field"} at least one value.`;
  if (values.some((value) => value.length > MAX_OPERATOR_VALUE)) {
    return `Values are at most ${MAX_OPERATOR_VALUE} characters.`;
  }
  const wrong = (allowed: (value: string) => boolean) => values.find((value) => !allowed(value));
  if (field === "eventCategory") {
    const value = wrong((v) => EVENT_CATEGORIES.includes(v));
    if (value !== undefined) {
      return `“${value}” is not an event category: use ${EVENT_CATEGORIES.join(", ")}.`;
    }
  }
  if (field === "readOnly") {
    const value = wrong((v) => v === "true" || v === "false");
    if (value !== undefined) return `readOnly is “true” or “false”, not “${value}”.`;
  }
  if (field === "resources.type") {
    const value = wrong((v) => RESOURCE_TYPE.test(v));
    if (value !== undefined) {
      return `“${value}” is not a resource type: use the form AWS::S3::Object.`;
    }
  }
  return undefined;
}

/** The operators a field selector sets, each with its values, in CloudTrail's order. */
export function fieldConditions(
  selector: AdvancedFieldSelector,
): { operator: FieldOperator; values: string[] }[] {
  return FIELD_OPERATORS.flatMap((operator) => {
    const values = selector[operator];
    return values === undefined ? [] : [{ operator, values }];
  });
}

/**
 * What is wrong with an advanced selector as a whole (beyond its conditions): CloudTrail
 * needs an event category, and a resource type for data events.
 */
export function advancedSelectorProblem(selector: AdvancedEventSelector): string | undefined {
  if (selector.fieldSelectors.length === 0) return "Add at least one condition.";
  const category = selector.fieldSelectors.find((f) => f.field === "eventCategory");
  if (!category?.equals?.length) {
    return "Add an eventCategory condition with “equals” (Management, Data or NetworkActivity).";
  }
  const needsType = category.equals.some((c) => c === "Data" || c === "NetworkActivity");
  if (needsType && !selector.fieldSelectors.some((f) => f.field === "resources.type")) {
    return "Data and network activity events need a resources.type condition (such as AWS::S3::Object).";
  }
  return undefined;
}

export function selectorNameProblem(name: string): string | undefined {
  return name.length > MAX_SELECTOR_NAME
    ? `A selector's name is at most ${MAX_SELECTOR_NAME} characters.`
    : undefined;
}

/** What is wrong with one basic selector, if anything (its data resource values aside). */
export function basicSelectorProblem(selector: BasicEventSelector): string | undefined {
  const unknown = selector.excludeManagementEventSources.find(
    (source) => !(EXCLUDABLE_EVENT_SOURCES as readonly string[]).includes(source),
  );
  if (unknown !== undefined) {
    return `CloudTrail can leave out only ${EXCLUDABLE_EVENT_SOURCES.join(" and ")}, not ${unknown}.`;
  }
  const sources = selector.excludeManagementEventSources;
  const repeated = sources.find((source, index) => sources.indexOf(source) !== index);
  if (repeated !== undefined) return `${repeated} is left out more than once; name it once.`;
  if (!selector.includeManagementEvents && selector.dataResources.length === 0) {
    return "This selector records nothing: include management events or choose data events.";
  }
  return undefined;
}

export function basicSelectorCountProblem(count: number): string | undefined {
  if (count === 0) return "Add a selector: a trail needs at least one.";
  if (count > MAX_BASIC_SELECTORS) {
    return `A trail takes at most ${MAX_BASIC_SELECTORS} basic selectors; remove ${count - MAX_BASIC_SELECTORS}, or use advanced selectors.`;
  }
  return undefined;
}

export function dataResourceTotalProblem(total: number): string | undefined {
  return total > MAX_DATA_RESOURCE_VALUES
    ? `A trail takes at most ${MAX_DATA_RESOURCE_VALUES} data resource values across its selectors (these have ${total}).`
    : undefined;
}

export function advancedValueTotalProblem(total: number): string | undefined {
  return total > MAX_ADVANCED_VALUES
    ? `Advanced selectors take at most ${MAX_ADVANCED_VALUES} values across all their conditions (these have ${total}).`
    : undefined;
}

export function advancedSelectorCountProblem(count: number): string | undefined {
  return count === 0 ? "Add a selector: a trail needs at least one." : undefined;
}

/** How many data resource values basic selectors hold, against CloudTrail's limit of 250. */
export function countDataResourceValues(selectors: readonly BasicEventSelector[]): number {
  return selectors.reduce(
    (sum, selector) =>
      sum + selector.dataResources.reduce((n, resource) => n + resource.values.length, 0),
    0,
  );
}

/** How many values advanced selectors' conditions hold, against CloudTrail's limit of 500. */
export function countAdvancedValues(selectors: readonly AdvancedEventSelector[]): number {
  return selectors.reduce(
    (sum, selector) =>
      sum +
      selector.fieldSelectors.reduce(
        (n, field) => n + fieldConditions(field).reduce((m, c) => m + c.values.length, 0),
        0,
      ),
    0,
  );
}

/** Everything wrong with a trail's event selectors, each problem once, as CloudTrail would see it. */
export function eventSelectorsProblems(eventSelectors: EventSelectors): string[] {
  const problems: (string | undefined)[] = [];
  if (eventSelectors.kind === "basic") {
    const { selectors } = eventSelectors;
    problems.push(basicSelectorCountProblem(selectors.length));
    problems.push(dataResourceTotalProblem(countDataResourceValues(selectors)));
    for (const selector of selectors) {
      problems.push(basicSelectorProblem(selector));
      for (const resource of selector.dataResources) {
        if (!RESOURCE_TYPE.test(resource.type)) {
          problems.push(`${resource.type || "(none)"} is not a data resource type.`);
        }
        if (resource.values.length === 0) {
          problems.push(`Give ${resource.type} data events at least one value.`);
        }
        for (const value of resource.values) {
          problems.push(dataResourceValueProblem(resource.type, value));
        }
      }
    }
  } else {
    const { selectors } = eventSelectors;
    problems.push(advancedSelectorCountProblem(selectors.length));
    problems.push(advancedValueTotalProblem(countAdvancedValues(selectors)));
    for (const selector of selectors) {
      problems.push(selectorNameProblem(selector.name ?? ""));
      problems.push(advancedSelectorProblem(selector));
      for (const field of selector.fieldSelectors) {
        const conditions = fieldConditions(field);
        if (conditions.length === 0) problems.push(`${field.field} has no condition.`);
        for (const { operator, values } of conditions) {
          problems.push(advancedFieldProblem(field.field, operator));
          problems.push(advancedValuesProblem(field.field, values));
        }
      }
    }
  }
  return [...new Set(problems.filter((problem) => problem !== undefined))];
}

/** Whether a trail's event selectors record management events, or only its write events. */
function recordsManagementEvents(eventSelectors: EventSelectors, writeOnly: boolean): boolean {
  if (eventSelectors.kind === "basic") {
    return eventSelectors.selectors.some(
      (s) => s.includeManagementEvents && (!writeOnly || s.readWriteType !== "ReadOnly"),
    );
  }
  return eventSelectors.selectors.some((selector) => {
    const field = (name: string) => selector.fieldSelectors.find((f) => f.field === name);
    if (!field("eventCategory")?.equals?.includes("Management")) return false;
    const readOnly = field("readOnly");
    return !writeOnly || !readOnly?.equals || readOnly.equals.includes("false");
  });
}

/**
 * What keeps an Insights type from working on a trail with these event selectors, if
 * anything: CloudTrail measures API call rates on write management events and error rates on
 * any management events, so it refuses Insights a trail gives nothing to measure.
 */
export function insightTypeProblem(
  type: InsightType,
  eventSelectors: EventSelectors,
): string | undefined {
  if (type === "ApiCallRateInsight" && !recordsManagementEvents(eventSelectors, true)) {
    return "API call rate Insights need the trail to record write management events, and its event selectors do not.";
  }
  if (type === "ApiErrorRateInsight" && !recordsManagementEvents(eventSelectors, false)) {
    return "API error rate Insights need the trail to record management events, and its event selectors do not.";
  }
  return undefined;
}
