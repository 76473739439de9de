/**
 * Basic event selectors rewritten as advanced ones that record the same events, as the
 * CloudTrail console does when a trail switches kind: the editor starts advanced selectors
 * from these rather than from nothing. Safe for the client bundle.
 */

import {
  LAMBDA_FUNCTION,
  S3_OBJECT,
  type AdvancedEventSelector,
  type AdvancedFieldSelector,
  type BasicEventSelector,
  type DataResource,
  type ReadWriteType,
} from "./event-selectors";

/** "arn:aws:s3", "arn:aws:lambda", …: a value that stands for every resource of its service. */
const EVERY_RESOURCE = /^arn:[a-z-]+:[a-z0-9]+$/;

const DATA_LABELS: Record<string, string> = {
  [S3_OBJECT]: "S3 data events",
  [LAMBDA_FUNCTION]: "Lambda data events",
};

function readOnlyCondition(readWriteType: ReadWriteType): AdvancedFieldSelector[] {
  if (readWriteType === "All") return [];
  return [{ field: "readOnly", equals: [readWriteType === "ReadOnly" ? "true" : "false"] }];
}

/** Lambda function ARNs match exactly; other values are prefixes (of S3 object keys, …). */
function arnCondition(resource: DataResource): AdvancedFieldSelector[] {
  if (resource.values.some((value) => EVERY_RESOURCE.test(value))) return [];
  return resource.type === LAMBDA_FUNCTION
    ? [{ field: "resources.ARN", equals: [...resource.values] }]
    : [{ field: "resources.ARN", startsWith: [...resource.values] }];
}

function basicToAdvanced(selector: BasicEventSelector): AdvancedEventSelector[] {
  const readOnly = readOnlyCondition(selector.readWriteType);
  const management: AdvancedEventSelector[] = selector.includeManagementEvents
    ? [
        {
          name: "Management events",
          fieldSelectors: [
            { field: "eventCategory", equals: ["Management"] },
            ...readOnly,
            ...(selector.excludeManagementEventSources.length > 0
              ? [{ field: "eventSource", notEquals: [...selector.excludeManagementEventSources] }]
              : []),
          ],
        },
      ]
    : [];
  const data = selector.dataResources.map((resource) => ({
    name: DATA_LABELS[resource.type] ?? `${resource.type} data events`,
    fieldSelectors: [
      { field: "eventCategory", equals: ["Data"] },
      { field: "resources.type", equals: [resource.type] },
      ...readOnly,
      ...arnCondition(resource),
    ],
  }));
  return [...management, ...data];
}

export function basicToAdvancedSelectors(
  selectors: readonly BasicEventSelector[],
): AdvancedEventSelector[] {
  return selectors.flatMap(basicToAdvanced);
}
