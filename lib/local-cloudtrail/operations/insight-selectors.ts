import "server-only";

import { ServiceError } from "../protocol/service-error";
import { saveTrail, trailArn } from "../store/trails-repo";
import type { InsightSelector } from "../types";
import type { OperationHandler, OperationInput } from "./context";
import { inputList, inputString } from "./input";
import { resolveTrail } from "./resolve-trail";

const INSIGHT_TYPES = ["ApiCallRateInsight", "ApiErrorRateInsight"];

export const putInsightSelectors: OperationHandler = (ctx, input) => {
  const trail = resolveTrail(ctx, trailNameOf(input), "write");
  const selectors = inputList<InsightSelector>(input, "InsightSelectors")!;
  const types = selectors.map((s) => s.InsightType);
  if (types.some((t) => t === undefined || !INSIGHT_TYPES.includes(t))) {
    throw new ServiceError(
      "InvalidInsightSelectorsException",
      `InsightType must be one of ${INSIGHT_TYPES.join(", ")}.`,
    );
  }
  if (new Set(types).size !== types.length) {
    throw new ServiceError(
      "InvalidInsightSelectorsException",
      "Each InsightType may be given once.",
    );
  }
  // An empty list turns Insights off.
  saveTrail(ctx.db, { ...trail, insightSelectors: selectors });
  return { TrailARN: trailArn(trail), InsightSelectors: selectors };
};

export const getInsightSelectors: OperationHandler = (ctx, input) => {
  const trail = resolveTrail(ctx, trailNameOf(input), "read");
  if (trail.insightSelectors.length === 0) {
    throw new ServiceError(
      "InsightNotEnabledException",
      `Trail ${trailArn(trail)} does not have Insights enabled. Enable Insights on the trail, and then try again.`,
    );
  }
  return { TrailARN: trailArn(trail), InsightSelectors: trail.insightSelectors };
};

// Insights on event data stores are a CloudTrail Lake feature the local service lacks.
function trailNameOf(input: OperationInput): string {
  if (
    inputString(input, "EventDataStore") !== undefined ||
    inputString(input, "InsightsDestination") !== undefined
  ) {
    throw new ServiceError(
      "UnsupportedOperationException",
      "The local CloudTrail service supports Insights on trails only, not on event data stores.",
    );
  }
  const name = inputString(input, "TrailName");
  if (name === undefined) {
    throw new ServiceError("InvalidParameterCombinationException", "Specify TrailName.");
  }
  return name;
}
