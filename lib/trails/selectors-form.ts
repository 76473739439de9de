/**
 * The selectors editor's forms: their zod schemas (with CloudTrail's rules, reported at the
 * field they concern) and the conversions between form values and a trail's selectors. A
 * form keeps both kinds of event selectors so that switching kind loses no edits; only the
 * chosen kind is checked and saved. Safe for the client bundle.
 */

import { z } from "zod";

import {
  ALL_LAMBDA_FUNCTIONS,
  ALL_S3_OBJECTS,
  DEFAULT_BASIC_SELECTOR,
  FIELD_OPERATORS,
  INSIGHT_TYPES,
  KMS_EVENT_SOURCE,
  LAMBDA_FUNCTION,
  RDS_DATA_EVENT_SOURCE,
  READ_WRITE_TYPES,
  S3_OBJECT,
  type AdvancedEventSelector,
  type AdvancedFieldSelector,
  type BasicEventSelector,
  type DataResource,
  type EventSelectors,
  type InsightType,
} from "./event-selectors";
import { basicToAdvancedSelectors } from "./selectors-basic-to-advanced";
import {
  advancedFieldProblem,
  advancedSelectorCountProblem,
  advancedSelectorProblem,
  advancedValueTotalProblem,
  advancedValuesProblem,
  basicSelectorCountProblem,
  basicSelectorProblem,
  countAdvancedValues,
  countDataResourceValues,
  dataResourceTotalProblem,
  dataResourceValueProblem,
  fieldConditions,
  insightTypeProblem,
  selectorNameProblem,
} from "./selectors-rules";

/** Which of a type's data events a basic selector records. */
export const DATA_SCOPES = ["none", "all", "some"] as const;

const basicSelectorFormSchema = z.object({
  readWriteType: z.enum(READ_WRITE_TYPES),
  includeManagementEvents: z.boolean(),
  excludeKms: z.boolean(),
  excludeRdsData: z.boolean(),
  s3: z.enum(DATA_SCOPES),
  /** Bucket ARNs or ARN prefixes, one a line. */
  s3Values: z.string(),
  lambda: z.enum(DATA_SCOPES),
  /** Function ARNs, one a line. */
  lambdaValues: z.string(),
  /** Data resources of other types (DynamoDB tables, …): kept as they are. */
  otherDataResources: z.array(z.object({ type: z.string(), values: z.array(z.string()) })),
});

const advancedConditionFormSchema = z.object({
  field: z.string(),
  operator: z.enum(FIELD_OPERATORS),
  /** One value a line. */
  values: z.string(),
});

const advancedSelectorFormSchema = z.object({
  name: z.string(),
  conditions: z.array(advancedConditionFormSchema),
});

export type BasicSelectorFormValues = z.infer<typeof basicSelectorFormSchema>;
export type AdvancedConditionFormValues = z.infer<typeof advancedConditionFormSchema>;
export type AdvancedSelectorFormValues = z.infer<typeof advancedSelectorFormSchema>;

export const eventSelectorsFormSchema = z
  .object({
    kind: z.enum(["basic", "advanced"]),
    basic: z.array(basicSelectorFormSchema),
    advanced: z.array(advancedSelectorFormSchema),
  })
  .superRefine((form, ctx) => {
    for (const { path, message } of eventSelectorsFormProblems(form)) {
      ctx.addIssue({ code: "custom", path, message });
    }
  });

export type EventSelectorsFormValues = z.infer<typeof eventSelectorsFormSchema>;

export const NEW_BASIC_SELECTOR: BasicSelectorFormValues = {
  readWriteType: "All",
  includeManagementEvents: false,
  excludeKms: false,
  excludeRdsData: false,
  s3: "none",
  s3Values: "",
  lambda: "none",
  lambdaValues: "",
  otherDataResources: [],
};

export const NEW_ADVANCED_CONDITION: AdvancedConditionFormValues = {
  field: "eventName",
  operator: "equals",
  values: "",
};

export const NEW_ADVANCED_SELECTOR: AdvancedSelectorFormValues = {
  name: "",
  conditions: [{ field: "eventCategory", operator: "equals", values: "Management" }],
};

/** The values of a one-value-a-line text box, trimmed, blank lines left out. */
export function splitValues(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const joinValues = (values: readonly string[]) => values.join("\n");

function scopeOf(
  resources: readonly DataResource[],
  all: string,
): { scope: BasicSelectorFormValues["s3"]; values: string } {
  if (resources.length === 0) return { scope: "none", values: "" };
  const values = resources.flatMap((resource) => resource.values);
  if (values.length === 1 && values[0] === all) return { scope: "all", values: "" };
  return { scope: "some", values: joinValues(values) };
}

export function toBasicSelectorForm(selector: BasicEventSelector): BasicSelectorFormValues {
  const ofType = (type: string) => selector.dataResources.filter((r) => r.type === type);
  const s3 = scopeOf(ofType(S3_OBJECT), ALL_S3_OBJECTS);
  const lambda = scopeOf(ofType(LAMBDA_FUNCTION), ALL_LAMBDA_FUNCTIONS);
  return {
    readWriteType: selector.readWriteType,
    includeManagementEvents: selector.includeManagementEvents,
    excludeKms: selector.excludeManagementEventSources.includes(KMS_EVENT_SOURCE),
    excludeRdsData: selector.excludeManagementEventSources.includes(RDS_DATA_EVENT_SOURCE),
    s3: s3.scope,
    s3Values: s3.values,
    lambda: lambda.scope,
    lambdaValues: lambda.values,
    otherDataResources: selector.dataResources.filter(
      (r) => r.type !== S3_OBJECT && r.type !== LAMBDA_FUNCTION,
    ),
  };
}

function dataResourceOf(
  type: string,
  scope: BasicSelectorFormValues["s3"],
  values: string,
  all: string,
): DataResource[] {
  if (scope === "none") return [];
  return [{ type, values: scope === "all" ? [all] : splitValues(values) }];
}

export function fromBasicSelectorForm(form: BasicSelectorFormValues): BasicEventSelector {
  return {
    readWriteType: form.readWriteType,
    includeManagementEvents: form.includeManagementEvents,
    excludeManagementEventSources: [
      ...(form.excludeKms ? [KMS_EVENT_SOURCE] : []),
      ...(form.excludeRdsData ? [RDS_DATA_EVENT_SOURCE] : []),
    ],
    dataResources: [
      ...dataResourceOf(S3_OBJECT, form.s3, form.s3Values, ALL_S3_OBJECTS),
      ...dataResourceOf(LAMBDA_FUNCTION, form.lambda, form.lambdaValues, ALL_LAMBDA_FUNCTIONS),
      ...form.otherDataResources,
    ],
  };
}

/** One condition a line per operator of each field, as the editor lists them. */
export function toAdvancedSelectorForm(
  selector: AdvancedEventSelector,
): AdvancedSelectorFormValues {
  return {
    name: selector.name ?? "",
    conditions: selector.fieldSelectors.flatMap((field) => {
      const conditions = fieldConditions(field);
      if (conditions.length === 0) return [{ field: field.field, operator: "equals", values: "" }];
      return conditions.map(({ operator, values }) => ({
        field: field.field,
        operator,
        values: joinValues(values),
      }));
    }),
  };
}

/** Conditions on the same field become one field selector, as CloudTrail takes them. */
export function fromAdvancedSelectorForm(form: AdvancedSelectorFormValues): AdvancedEventSelector {
  const byField = new Map<string, AdvancedFieldSelector>();
  for (const condition of form.conditions) {
    const field = byField.get(condition.field) ?? { field: condition.field };
    field[condition.operator] = [
      ...(field[condition.operator] ?? []),
      ...splitValues(condition.values),
    ];
    byField.set(condition.field, field);
  }
  const name = form.name.trim();
  return { ...(name && { name }), fieldSelectors: [...byField.values()] };
}

/** The form for a trail's event selectors; the kind it does not use starts as a sensible default. */
export function toEventSelectorsForm(selectors: EventSelectors): EventSelectorsFormValues {
  const basic = selectors.kind === "basic" ? selectors.selectors : [DEFAULT_BASIC_SELECTOR];
  return {
    kind: selectors.kind,
    basic: basic.map(toBasicSelectorForm),
    advanced: selectors.kind === "advanced" ? selectors.selectors.map(toAdvancedSelectorForm) : [],
  };
}

/** The event selectors the form would save: those of the kind it has chosen. */
export function fromEventSelectorsForm(form: EventSelectorsFormValues): EventSelectors {
  return form.kind === "basic"
    ? { kind: "basic", selectors: form.basic.map(fromBasicSelectorForm) }
    : { kind: "advanced", selectors: form.advanced.map(fromAdvancedSelectorForm) };
}

/** Advanced selectors that record what the basic ones of a form do: where a switch of kind starts. */
export function advancedFormFromBasic(
  basic: readonly BasicSelectorFormValues[],
): AdvancedSelectorFormValues[] {
  return basicToAdvancedSelectors(basic.map(fromBasicSelectorForm)).map(toAdvancedSelectorForm);
}

export interface FormProblem {
  path: (string | number)[];
  message: string;
}

/** The first problem of a one-value-a-line text box, naming its line when there are several. */
function linesProblem(
  text: string,
  problemOf: (value: string) => string | undefined,
): string | undefined {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const problems = lines.flatMap((line, index) => {
    const problem = line ? problemOf(line) : undefined;
    return problem ? [{ line: index + 1, problem }] : [];
  });
  if (problems.length === 0) return undefined;
  const [first] = problems;
  const where = splitValues(text).length > 1 ? `Line ${first.line}: ` : "";
  const more = problems.length > 1 ? ` (${problems.length - 1} more line(s) have problems.)` : "";
  return `${where}${first.problem}${more}`;
}

function basicSelectorFormProblems(form: BasicSelectorFormValues, index: number): FormProblem[] {
  const problems: FormProblem[] = [];
  const at = (field: keyof BasicSelectorFormValues, message: string | undefined) => {
    if (message) problems.push({ path: ["basic", index, field], message });
  };
  if (form.s3 === "some") {
    at(
      "s3Values",
      splitValues(form.s3Values).length === 0
        ? "List at least one bucket ARN, or choose all buckets."
        : linesProblem(form.s3Values, (value) => dataResourceValueProblem(S3_OBJECT, value)),
    );
  }
  if (form.lambda === "some") {
    at(
      "lambdaValues",
      splitValues(form.lambdaValues).length === 0
        ? "List at least one function ARN, or choose all functions."
        : linesProblem(form.lambdaValues, (value) =>
            dataResourceValueProblem(LAMBDA_FUNCTION, value),
          ),
    );
  }
  for (const resource of form.otherDataResources) {
    at(
      "otherDataResources",
      resource.values.map((value) => dataResourceValueProblem(resource.type, value)).find(Boolean),
    );
  }
  at("includeManagementEvents", basicSelectorProblem(fromBasicSelectorForm(form)));
  return problems;
}

function advancedSelectorFormProblems(
  form: AdvancedSelectorFormValues,
  index: number,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const at = (path: (string | number)[], message: string | undefined) => {
    if (message) problems.push({ path: ["advanced", index, ...path], message });
  };
  at(["name"], selectorNameProblem(form.name.trim()));
  form.conditions.forEach((condition, j) => {
    at(["conditions", j, "field"], advancedFieldProblem(condition.field, condition.operator));
    at(
      ["conditions", j, "values"],
      advancedValuesProblem(condition.field, splitValues(condition.values)),
    );
  });
  at(["conditions"], advancedSelectorProblem(fromAdvancedSelectorForm(form)));
  return problems;
}

/** What is wrong with the form's chosen kind of selectors, each at the field it concerns. */
export function eventSelectorsFormProblems(form: EventSelectorsFormValues): FormProblem[] {
  const selectors = fromEventSelectorsForm(form);
  const whole = (message: string | undefined): FormProblem[] =>
    message ? [{ path: [form.kind], message }] : [];
  if (selectors.kind === "basic") {
    return [
      ...whole(basicSelectorCountProblem(selectors.selectors.length)),
      ...whole(dataResourceTotalProblem(countDataResourceValues(selectors.selectors))),
      ...form.basic.flatMap(basicSelectorFormProblems),
    ];
  }
  return [
    ...whole(advancedSelectorCountProblem(selectors.selectors.length)),
    ...whole(advancedValueTotalProblem(countAdvancedValues(selectors.selectors))),
    ...form.advanced.flatMap(advancedSelectorFormProblems),
  ];
}

export const insightsFormSchema = z.object({
  ApiCallRateInsight: z.boolean(),
  ApiErrorRateInsight: z.boolean(),
});

export type InsightsFormValues = z.infer<typeof insightsFormSchema>;

/**
 * The Insights form of a trail with these (saved) event selectors: a type the selectors give
 * CloudTrail nothing to measure for is reported at its checkbox.
 */
export function insightsFormSchemaFor(eventSelectors: EventSelectors) {
  return insightsFormSchema.superRefine((form, ctx) => {
    for (const type of fromInsightsForm(form)) {
      const message = insightTypeProblem(type, eventSelectors);
      if (message) ctx.addIssue({ code: "custom", path: [type], message });
    }
  });
}

export function toInsightsForm(types: readonly InsightType[]): InsightsFormValues {
  return {
    ApiCallRateInsight: types.includes("ApiCallRateInsight"),
    ApiErrorRateInsight: types.includes("ApiErrorRateInsight"),
  };
}

/** The Insights types a form turns on, in CloudTrail's order; none turns Insights off. */
export function fromInsightsForm(form: InsightsFormValues): InsightType[] {
  return INSIGHT_TYPES.filter((type) => form[type]);
}
