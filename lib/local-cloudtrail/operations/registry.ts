import "server-only";

import type { OperationHandler } from "./context";
import { createTrail } from "./create-trail";
import { deleteTrail } from "./delete-trail";
import { getEventSelectors, putEventSelectors } from "./event-selectors";
import { getInsightSelectors, putInsightSelectors } from "./insight-selectors";
import { lookupEvents } from "./lookup-events";
import { describeTrails, getTrail, listTrails } from "./read-trails";
import { addTags, listTags, removeTags } from "./tags";
import { getTrailStatus, startLogging, stopLogging } from "./trail-status";
import { updateTrail } from "./update-trail";

/** The operations the local service implements; the model knows others, which answer UnsupportedOperation. */
export const OPERATIONS: Record<string, OperationHandler> = {
  LookupEvents: lookupEvents,
  CreateTrail: createTrail,
  UpdateTrail: updateTrail,
  DeleteTrail: deleteTrail,
  DescribeTrails: describeTrails,
  GetTrail: getTrail,
  ListTrails: listTrails,
  GetTrailStatus: getTrailStatus,
  StartLogging: startLogging,
  StopLogging: stopLogging,
  PutEventSelectors: putEventSelectors,
  GetEventSelectors: getEventSelectors,
  PutInsightSelectors: putInsightSelectors,
  GetInsightSelectors: getInsightSelectors,
  AddTags: addTags,
  RemoveTags: removeTags,
  ListTags: listTags,
};

/** Operations that change nothing, recorded with readOnly true. */
export const isReadOnlyOperation = (name: string) => /^(Get|List|Describe|Lookup)/.test(name);
