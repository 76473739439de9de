/**
 * zod schemas of a trail's selectors in the dashboard's shape (lib/trails/event-selectors.ts),
 * with CloudTrail's rules: what a server action accepts from a browser before it calls
 * CloudTrail. Safe for the client bundle.
 */

import { z } from "zod";

import {
  INSIGHT_TYPES,
  MAX_OPERATOR_VALUE,
  READ_WRITE_TYPES,
  type AdvancedFieldSelector,
  type EventSelectors,
  type InsightType,
} from "./event-selectors";
import { eventSelectorsProblems } from "./selectors-rules";

const value = z.string().min(1).max(MAX_OPERATOR_VALUE);

const basicSelectorSchema = z.object({
  readWriteType: z.enum(READ_WRITE_TYPES),
  includeManagementEvents: z.boolean(),
  excludeManagementEventSources: z.array(z.string()),
  dataResources: z.array(z.object({ type: z.string(), values: z.array(value) })),
});

const operatorValues = z.array(value).min(1).optional();

const fieldSelectorSchema = z.object({
  field: z.string().min(1),
  equals: operatorValues,
  startsWith: operatorValues,
  endsWith: operatorValues,
  notEquals: operatorValues,
  notStartsWith: operatorValues,
  notEndsWith: operatorValues,
}) satisfies z.ZodType<AdvancedFieldSelector>;

const advancedSelectorSchema = z.object({
  name: z.string().optional(),
  fieldSelectors: z.array(fieldSelectorSchema),
});

export const eventSelectorsSchema: z.ZodType<EventSelectors> = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("basic"), selectors: z.array(basicSelectorSchema) }),
    z.object({ kind: z.literal("advanced"), selectors: z.array(advancedSelectorSchema) }),
  ])
  .superRefine((selectors, ctx) => {
    for (const message of eventSelectorsProblems(selectors))
      ctx.addIssue({ code: "custom", message });
  });

/** The Insights types to turn on; none turns Insights off. */
export const insightTypesSchema: z.ZodType<InsightType[]> = z
  .array(z.enum(INSIGHT_TYPES))
  .refine((types) => new Set(types).size === types.length, "Give each Insights type once.");
