/**
 * The before and after of a selectors change, for the review a person confirms before
 * saving: each side in words and the difference between them in JSON, shaped as CloudTrail
 * records the call's request parameters. Safe for the client bundle.
 */

import { diffLines } from "diff";

import {
  FIELD_OPERATORS,
  INSIGHT_TYPES,
  type AdvancedEventSelector,
  type BasicEventSelector,
  type EventSelectors,
  type InsightType,
} from "./event-selectors";
import { describeEventSelectors, describeInsightTypes } from "./selectors-summary";

export interface DiffLine {
  kind: "added" | "removed" | "unchanged";
  text: string;
}

export interface SelectorsChange {
  /** Whether saving would change anything. */
  changed: boolean;
  /** Each side in words, one line a selector. */
  before: string[];
  after: string[];
  /** The JSON of the two sides, line by line. */
  diff: DiffLine[];
}

/** Keys in a fixed order, so that only a real difference shows in the diff. */
function basicJson(selector: BasicEventSelector) {
  return {
    readWriteType: selector.readWriteType,
    includeManagementEvents: selector.includeManagementEvents,
    excludeManagementEventSources: selector.excludeManagementEventSources,
    dataResources: selector.dataResources.map((r) => ({ type: r.type, values: r.values })),
  };
}

function advancedJson(selector: AdvancedEventSelector) {
  return {
    ...(selector.name !== undefined && { name: selector.name }),
    fieldSelectors: selector.fieldSelectors.map((field) => ({
      field: field.field,
      ...Object.fromEntries(
        FIELD_OPERATORS.flatMap((operator) => {
          const values = field[operator];
          return values === undefined ? [] : [[operator, values]];
        }),
      ),
    })),
  };
}

/** Event selectors as PutEventSelectors' request parameters in the trail's event, pretty. */
export function eventSelectorsJson(eventSelectors: EventSelectors): string {
  const json =
    eventSelectors.kind === "basic"
      ? { eventSelectors: eventSelectors.selectors.map(basicJson) }
      : { advancedEventSelectors: eventSelectors.selectors.map(advancedJson) };
  return JSON.stringify(json, null, 2);
}

/** Insights types as PutInsightSelectors' request parameters, in CloudTrail's order. */
export function insightTypesJson(types: readonly InsightType[]): string {
  const ordered = INSIGHT_TYPES.filter((type) => types.includes(type));
  return JSON.stringify(
    { insightSelectors: ordered.map((insightType) => ({ insightType })) },
    null,
    2,
  );
}

export function diffJson(before: string, after: string): DiffLine[] {
  return diffLines(before, after).flatMap((part) => {
    const kind = part.added ? "added" : part.removed ? "removed" : "unchanged";
    return part.value
      .replace(/\n$/, "")
      .split("\n")
      .map((text) => ({ kind, text }));
  });
}

function change(
  beforeJson: string,
  afterJson: string,
  before: string[],
  after: string[],
): SelectorsChange {
  return {
    changed: beforeJson !== afterJson,
    before,
    after,
    diff: diffJson(beforeJson, afterJson),
  };
}

export function eventSelectorsChange(
  before: EventSelectors,
  after: EventSelectors,
): SelectorsChange {
  return change(
    eventSelectorsJson(before),
    eventSelectorsJson(after),
    describeEventSelectors(before),
    describeEventSelectors(after),
  );
}

export function insightTypesChange(
  before: readonly InsightType[],
  after: readonly InsightType[],
): SelectorsChange {
  return change(
    insightTypesJson(before),
    insightTypesJson(after),
    [describeInsightTypes(before)],
    [describeInsightTypes(after)],
  );
}
