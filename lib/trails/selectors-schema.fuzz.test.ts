import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  ADVANCED_FIELDS,
  DEFAULT_BASIC_SELECTOR,
  EXCLUDABLE_EVENT_SOURCES,
  FIELD_OPERATORS,
  INSIGHT_TYPES,
  MAX_ADVANCED_VALUES,
  MAX_BASIC_SELECTORS,
  MAX_DATA_RESOURCE_VALUES,
  MAX_OPERATOR_VALUE,
  MAX_SELECTOR_NAME,
  S3_OBJECT,
} from "./event-selectors";
import { eventSelectorsSchema, insightTypesSchema } from "./selectors-schema";
import { countAdvancedValues, countDataResourceValues } from "./selectors-rules";

const RUNS = { numRuns: 200 };

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 2049, maxLength: 3000 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      "arn:aws:s3",
      "arn:aws:s3:::bucket/",
      "arn:aws:lambda",
      "Management",
      "Data",
      "AWS::S3::Object",
      "AWS::" + "A".repeat(3000) + "::Object",
      ...EXCLUDABLE_EVENT_SOURCES,
      ...ADVANCED_FIELDS,
    ),
  },
);
const typed = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue() });

const basicSelector = fc.record({
  readWriteType: typed(fc.constantFrom("All", "ReadOnly", "WriteOnly", "Some")),
  includeManagementEvents: typed(fc.boolean()),
  excludeManagementEventSources: typed(
    fc.array(fc.oneof(fc.constantFrom(...EXCLUDABLE_EVENT_SOURCES), text), { maxLength: 6 }),
  ),
  dataResources: typed(
    fc.array(
      fc.record({
        type: typed(fc.oneof(fc.constant(S3_OBJECT), text)),
        values: typed(fc.array(fc.oneof(fc.constant("arn:aws:s3"), text), { maxLength: 4 })),
      }),
      { maxLength: 3 },
    ),
  ),
});
const fieldSelector = fc
  .tuple(
    typed(fc.oneof(fc.constantFrom(...ADVANCED_FIELDS), text)),
    fc.subarray([...FIELD_OPERATORS], { maxLength: 2 }),
    typed(
      fc.array(fc.oneof(fc.constantFrom("Management", "Data", "true"), text), { maxLength: 3 }),
    ),
  )
  .map(([field, operators, values]) =>
    Object.fromEntries([["field", field], ...operators.map((op) => [op, values])]),
  );
const advancedSelector = fc.record(
  {
    name: typed(text),
    fieldSelectors: typed(
      fc.oneof(
        fc.array(fieldSelector, { maxLength: 4 }),
        fc
          .array(fieldSelector, { maxLength: 3 })
          .map((rest) => [{ field: "eventCategory", equals: ["Management"] }, ...rest]),
      ),
    ),
  },
  { requiredKeys: ["fieldSelectors"] },
);
const eventSelectors = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: typed(fc.constantFrom("basic", "advanced")),
      selectors: typed(
        fc.oneof(
          fc.array(fc.oneof(basicSelector, fc.constant(DEFAULT_BASIC_SELECTOR)), { maxLength: 7 }),
          fc.array(advancedSelector, { maxLength: 4 }),
        ),
      ),
    }),
  },
);

describe("the selectors schemas under arbitrary input", () => {
  it("accept event selectors only within CloudTrail's limits, and never throw", () => {
    let accepted = 0;
    fc.assert(
      fc.property(eventSelectors, (input) => {
        const parsed = eventSelectorsSchema.safeParse(input);
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        const selectors = parsed.data;
        if (selectors.kind === "basic") {
          expect(selectors.selectors.length).toBeGreaterThan(0);
          expect(selectors.selectors.length).toBeLessThanOrEqual(MAX_BASIC_SELECTORS);
          expect(countDataResourceValues(selectors.selectors)).toBeLessThanOrEqual(
            MAX_DATA_RESOURCE_VALUES,
          );
          for (const selector of selectors.selectors) {
            expect(selector.excludeManagementEventSources.length).toBeLessThanOrEqual(
              EXCLUDABLE_EVENT_SOURCES.length,
            );
            for (const resource of selector.dataResources) {
              expect(resource.type.length).toBeLessThanOrEqual(256);
              for (const value of resource.values)
                expect(value.length).toBeLessThanOrEqual(MAX_OPERATOR_VALUE);
            }
          }
        } else {
          expect(selectors.selectors.length).toBeGreaterThan(0);
          expect(countAdvancedValues(selectors.selectors)).toBeLessThanOrEqual(MAX_ADVANCED_VALUES);
          for (const selector of selectors.selectors) {
            expect((selector.name ?? "").length).toBeLessThanOrEqual(MAX_SELECTOR_NAME);
            for (const field of selector.fieldSelectors) {
              expect(ADVANCED_FIELDS as readonly string[]).toContain(field.field);
            }
          }
        }
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it("refuses a resource type longer than any AWS type (regression)", () => {
    const parsed = eventSelectorsSchema.safeParse({
      kind: "basic",
      selectors: [
        {
          ...DEFAULT_BASIC_SELECTOR,
          dataResources: [{ type: `AWS::${"A".repeat(3000)}::Object`, values: ["x"] }],
        },
      ],
    });
    expect(parsed.success).toBe(false);
  });

  it("refuses a management event source left out twice (regression)", () => {
    const parsed = eventSelectorsSchema.safeParse({
      kind: "basic",
      selectors: [
        {
          ...DEFAULT_BASIC_SELECTOR,
          excludeManagementEventSources: Array(1000).fill(EXCLUDABLE_EVENT_SOURCES[0]),
        },
      ],
    });
    expect(parsed.success).toBe(false);
  });

  it("accept each Insights type at most once, and nothing else", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constantFrom(...INSIGHT_TYPES), text))),
        (input) => {
          const parsed = insightTypesSchema.safeParse(input);
          if (parsed.success) {
            expect(parsed.data.length).toBeLessThanOrEqual(INSIGHT_TYPES.length);
            expect(new Set(parsed.data).size).toBe(parsed.data.length);
          }
        },
      ),
      RUNS,
    );
  });
});
