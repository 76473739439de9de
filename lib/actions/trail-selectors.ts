"use server";

import { z } from "zod";

import { putTrailEventSelectors, putTrailInsightSelectors } from "@/lib/cloudtrail/trail-selectors";
import { eventSelectorsSchema, insightTypesSchema } from "@/lib/trails/selectors-schema";
import type { TrailChange } from "@/lib/trails/trail-change";
import { trailRefShape } from "@/lib/trails/trail-ref-schema";

import type { ActionResult } from "./action-result";
import { authorize } from "./authorize";
import { invalidInput } from "./invalid-input";
import { withTrail } from "./with-trail";

/**
 * Saving a trail's event and Insights selectors. Each action asks authorize() first, checks
 * its input with the selectors' own rules, then makes the change through withTrail()
 * (re-read the trail, change it in its home region, audit it).
 */

const saveEventSelectorsSchema = z.object({
  ...trailRefShape,
  eventSelectors: eventSelectorsSchema,
});
const saveInsightSelectorsSchema = z.object({ ...trailRefShape, insightTypes: insightTypesSchema });

export type SaveEventSelectorsInput = z.input<typeof saveEventSelectorsSchema>;
export type SaveInsightSelectorsInput = z.input<typeof saveInsightSelectorsSchema>;

export async function saveEventSelectors(
  input: SaveEventSelectorsInput,
): Promise<ActionResult<TrailChange>> {
  const user = await authorize("trails:change", { action: "PutEventSelectors", input });
  const parsed = saveEventSelectorsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { region, name, eventSelectors } = parsed.data;
  return withTrail(user, "PutEventSelectors", { region, name }, (trail) =>
    putTrailEventSelectors(trail, eventSelectors),
  );
}

export async function saveInsightSelectors(
  input: SaveInsightSelectorsInput,
): Promise<ActionResult<TrailChange>> {
  const user = await authorize("trails:change", { action: "PutInsightSelectors", input });
  const parsed = saveInsightSelectorsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { region, name, insightTypes } = parsed.data;
  return withTrail(user, "PutInsightSelectors", { region, name }, (trail) =>
    putTrailInsightSelectors(trail, insightTypes),
  );
}
