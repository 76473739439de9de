import "server-only";

import {
  ADVANCED_FIELDS,
  MAX_ADVANCED_VALUES,
  MAX_BASIC_SELECTORS,
  MAX_DATA_RESOURCE_VALUES,
  READ_WRITE_TYPES,
} from "@/lib/trails/event-selectors";

import { ServiceError } from "../protocol/service-error";
import { saveTrail, trailArn } from "../store/trails-repo";
import type { AdvancedEventSelector, EventSelector } from "../types";
import type { OperationHandler } from "./context";
import { inputList, inputString } from "./input";
import { resolveTrail } from "./resolve-trail";

const ADVANCED_FIELD_NAMES: ReadonlySet<string> = new Set(ADVANCED_FIELDS);
const READ_WRITE_TYPE_NAMES: readonly string[] = READ_WRITE_TYPES;

/** What a trail records when nobody has set selectors: all management events. */
export const DEFAULT_EVENT_SELECTORS: EventSelector[] = [
  {
    ReadWriteType: "All",
    IncludeManagementEvents: true,
    DataResources: [],
    ExcludeManagementEventSources: [],
  },
];

const invalid = (message: string) => new ServiceError("InvalidEventSelectorsException", message);

export const putEventSelectors: OperationHandler = (ctx, input) => {
  const trail = resolveTrail(ctx, inputString(input, "TrailName")!, "write");
  const basic = inputList<EventSelector>(input, "EventSelectors");
  const advanced = inputList<AdvancedEventSelector>(input, "AdvancedEventSelectors");
  if ((basic === undefined) === (advanced === undefined)) {
    throw invalid("Specify either EventSelectors or AdvancedEventSelectors, but not both.");
  }
  if (basic) assertEventSelectors(basic);
  if (advanced) assertAdvancedEventSelectors(advanced);

  const eventSelectors = basic?.map((s) => ({
    ReadWriteType: s.ReadWriteType ?? "All",
    IncludeManagementEvents: s.IncludeManagementEvents ?? true,
    DataResources: s.DataResources ?? [],
    ExcludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
  }));
  saveTrail(ctx.db, { ...trail, eventSelectors, advancedEventSelectors: advanced });
  return {
    TrailARN: trailArn(trail),
    EventSelectors: eventSelectors,
    AdvancedEventSelectors: advanced,
  };
};

export const getEventSelectors: OperationHandler = (ctx, input) => {
  const trail = resolveTrail(ctx, inputString(input, "TrailName")!, "read");
  if (trail.advancedEventSelectors) {
    return { TrailARN: trailArn(trail), AdvancedEventSelectors: trail.advancedEventSelectors };
  }
  return {
    TrailARN: trailArn(trail),
    EventSelectors: trail.eventSelectors ?? DEFAULT_EVENT_SELECTORS,
  };
};

function assertEventSelectors(selectors: EventSelector[]): void {
  if (selectors.length === 0 || selectors.length > MAX_BASIC_SELECTORS) {
    throw invalid(`A trail takes 1 to ${MAX_BASIC_SELECTORS} event selectors.`);
  }
  let values = 0;
  for (const selector of selectors) {
    if (
      selector.ReadWriteType !== undefined &&
      !READ_WRITE_TYPE_NAMES.includes(selector.ReadWriteType)
    ) {
      throw invalid(`ReadWriteType must be one of ${READ_WRITE_TYPE_NAMES.join(", ")}.`);
    }
    for (const resource of selector.DataResources ?? []) {
      if (!resource.Type || !/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(resource.Type)) {
        throw invalid(`Data resource type ${resource.Type ?? "(none)"} is not valid.`);
      }
      values += resource.Values?.length ?? 0;
    }
  }
  if (values > MAX_DATA_RESOURCE_VALUES) {
    throw invalid(`A trail takes at most ${MAX_DATA_RESOURCE_VALUES} data resource values.`);
  }
}

function assertAdvancedEventSelectors(selectors: AdvancedEventSelector[]): void {
  let conditions = 0;
  for (const selector of selectors) {
    if (!selector.FieldSelectors?.length)
      throw invalid("Each advanced event selector needs field selectors.");
    for (const field of selector.FieldSelectors) {
      if (!ADVANCED_FIELD_NAMES.has(field.Field))
        throw invalid(`Field ${field.Field} is not supported.`);
      const operators = [
        field.Equals,
        field.StartsWith,
        field.EndsWith,
        field.NotEquals,
        field.NotStartsWith,
        field.NotEndsWith,
      ].filter((values) => values !== undefined);
      if (operators.length === 0) throw invalid(`Field ${field.Field} has no condition.`);
      conditions += operators.reduce((sum, values) => sum + values.length, 0);
    }
    if (!selector.FieldSelectors.some((f) => f.Field === "eventCategory" && f.Equals?.length)) {
      throw invalid("Each advanced event selector must set eventCategory with Equals.");
    }
  }
  if (conditions > MAX_ADVANCED_VALUES) {
    throw invalid(`Advanced event selectors take at most ${MAX_ADVANCED_VALUES} conditions.`);
  }
}
