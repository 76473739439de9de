import "server-only";

import {
  GetEventSelectorsCommand,
  type GetEventSelectorsCommandOutput,
  GetInsightSelectorsCommand,
  PutEventSelectorsCommand,
  type PutEventSelectorsCommandInput,
  PutInsightSelectorsCommand,
  type AdvancedFieldSelector as SdkFieldSelector,
} from "@aws-sdk/client-cloudtrail";

import { getEnv } from "@/lib/env";
import {
  FIELD_OPERATORS,
  INSIGHT_TYPES,
  READ_WRITE_TYPES,
  type AdvancedFieldSelector,
  type EventSelectors,
  type FieldOperator,
  type InsightType,
  type ReadWriteType,
  type TrailSelectors,
} from "@/lib/trails/event-selectors";
import type { Trail } from "@/lib/trails/trail";
import type { TrailChange } from "@/lib/trails/trail-change";

import { makeTrailChange } from "./make-trail-change";
import { trailCall } from "./trail-call";
import { cachedTrailRead } from "./trail-read-cache";

/** The SDK's name of each operator of an advanced field selector. */
const SDK_OPERATORS = {
  equals: "Equals",
  startsWith: "StartsWith",
  endsWith: "EndsWith",
  notEquals: "NotEquals",
  notStartsWith: "NotStartsWith",
  notEndsWith: "NotEndsWith",
} as const satisfies Record<FieldOperator, keyof SdkFieldSelector>;

/**
 * A trail's event and Insights selectors, asked of its home region by ARN. Cached briefly
 * like every trail read; a change forgets it.
 */
export function readTrailSelectors(trail: Trail): Promise<TrailSelectors> {
  return cachedTrailRead(`${getEnv().mode}:${trail.arn}:selectors`, async () => {
    const [eventSelectors, insightTypes] = await Promise.all([
      trailCall(trail.homeRegion, "GetEventSelectors", (client) =>
        client.send(new GetEventSelectorsCommand({ TrailName: trail.arn })),
      ),
      readInsightTypes(trail),
    ]);
    return { eventSelectors: toEventSelectors(eventSelectors), insightTypes };
  });
}

async function readInsightTypes(trail: Trail): Promise<InsightType[]> {
  try {
    const output = await trailCall(trail.homeRegion, "GetInsightSelectors", (client) =>
      client.send(new GetInsightSelectorsCommand({ TrailName: trail.arn })),
    );
    return toInsightTypes((output.InsightSelectors ?? []).map((s) => s.InsightType));
  } catch (error) {
    // CloudTrail answers a trail without Insights with an error rather than an empty list.
    if (error instanceof Error && error.name === "InsightNotEnabledException") return [];
    throw error;
  }
}

/** Replaces a trail's event selectors (basic or advanced: CloudTrail keeps one kind). */
export function putTrailEventSelectors(
  trail: Trail,
  eventSelectors: EventSelectors,
): Promise<TrailChange> {
  return makeTrailChange(trail, "PutEventSelectors", (client) =>
    client.send(
      new PutEventSelectorsCommand({
        TrailName: trail.arn,
        ...toSdkEventSelectors(eventSelectors),
      }),
    ),
  );
}

/** Sets the Insights types a trail logs; none turns Insights off. */
export function putTrailInsightSelectors(
  trail: Trail,
  insightTypes: readonly InsightType[],
): Promise<TrailChange> {
  return makeTrailChange(trail, "PutInsightSelectors", (client) =>
    client.send(
      new PutInsightSelectorsCommand({
        TrailName: trail.arn,
        InsightSelectors: insightTypes.map((InsightType) => ({ InsightType })),
      }),
    ),
  );
}

/** GetEventSelectors → the dashboard's EventSelectors. */
export function toEventSelectors(output: GetEventSelectorsCommandOutput): EventSelectors {
  if (output.AdvancedEventSelectors) {
    return {
      kind: "advanced",
      selectors: output.AdvancedEventSelectors.map((selector) => ({
        ...(selector.Name && { name: selector.Name }),
        fieldSelectors: (selector.FieldSelectors ?? []).map(toFieldSelector),
      })),
    };
  }
  return {
    kind: "basic",
    selectors: (output.EventSelectors ?? []).map((selector) => ({
      readWriteType: toReadWriteType(selector.ReadWriteType),
      includeManagementEvents: selector.IncludeManagementEvents ?? true,
      excludeManagementEventSources: selector.ExcludeManagementEventSources ?? [],
      dataResources: (selector.DataResources ?? []).map((resource) => ({
        type: resource.Type ?? "",
        values: resource.Values ?? [],
      })),
    })),
  };
}

function toReadWriteType(value: string | undefined): ReadWriteType {
  return READ_WRITE_TYPES.find((type) => type === value) ?? "All";
}

function toFieldSelector(selector: SdkFieldSelector): AdvancedFieldSelector {
  const field: AdvancedFieldSelector = { field: selector.Field ?? "" };
  for (const operator of FIELD_OPERATORS) {
    const values = selector[SDK_OPERATORS[operator]];
    if (values) field[operator] = values;
  }
  return field;
}

function toInsightTypes(types: (string | undefined)[]): InsightType[] {
  return INSIGHT_TYPES.filter((type) => types.includes(type));
}

function toSdkEventSelectors(
  eventSelectors: EventSelectors,
): Pick<PutEventSelectorsCommandInput, "EventSelectors" | "AdvancedEventSelectors"> {
  if (eventSelectors.kind === "basic") {
    return {
      EventSelectors: eventSelectors.selectors.map((selector) => ({
        ReadWriteType: selector.readWriteType,
        IncludeManagementEvents: selector.includeManagementEvents,
        ExcludeManagementEventSources: selector.excludeManagementEventSources,
        DataResources: selector.dataResources.map((resource) => ({
          Type: resource.type,
          Values: resource.values,
        })),
      })),
    };
  }
  return {
    AdvancedEventSelectors: eventSelectors.selectors.map((selector) => ({
      ...(selector.name !== undefined && { Name: selector.name }),
      FieldSelectors: selector.fieldSelectors.map((field) => {
        const sdk: SdkFieldSelector = { Field: field.field };
        for (const operator of FIELD_OPERATORS) {
          const values = field[operator];
          if (values) sdk[SDK_OPERATORS[operator]] = values;
        }
        return sdk;
      }),
    })),
  };
}
