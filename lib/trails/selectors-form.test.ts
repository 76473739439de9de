import { describe, expect, it } from "vitest";

import type { EventSelectors } from "./event-selectors";
import {
  NEW_BASIC_SELECTOR,
  advancedFormFromBasic,
  eventSelectorsFormSchema,
  fromEventSelectorsForm,
  fromInsightsForm,
  insightsFormSchemaFor,
  toEventSelectorsForm,
  toInsightsForm,
  type EventSelectorsFormValues,
} from "./selectors-form";

const EU_SELECTORS: EventSelectors = {
  kind: "basic",
  selectors: [
    {
      readWriteType: "WriteOnly",
      includeManagementEvents: true,
      excludeManagementEventSources: ["kms.amazonaws.com"],
      dataResources: [
        {
          type: "AWS::S3::Object",
          values: ["arn:aws:s3:::acme-exports/", "arn:aws:s3:::acme-b/x"],
        },
        { type: "AWS::Lambda::Function", values: ["arn:aws:lambda"] },
        { type: "AWS::DynamoDB::Table", values: ["arn:aws:dynamodb"] },
      ],
    },
  ],
};

const ADVANCED: EventSelectors = {
  kind: "advanced",
  selectors: [
    {
      name: "S3 writes outside logs",
      fieldSelectors: [
        { field: "eventCategory", equals: ["Data"] },
        { field: "resources.type", equals: ["AWS::S3::Object"] },
        {
          field: "resources.ARN",
          startsWith: ["arn:aws:s3:::a/"],
          notStartsWith: ["arn:aws:s3:::a/logs/"],
        },
      ],
    },
  ],
};

/** The issues the form's schema reports, by path. */
function formErrors(form: EventSelectorsFormValues): Record<string, string> {
  const result = eventSelectorsFormSchema.safeParse(form);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("event selectors ↔ form", () => {
  it("turns basic selectors into the editor's fields and back unchanged", () => {
    const form = toEventSelectorsForm(EU_SELECTORS);
    expect(form.kind).toBe("basic");
    expect(form.basic[0]).toEqual({
      readWriteType: "WriteOnly",
      includeManagementEvents: true,
      excludeKms: true,
      excludeRdsData: false,
      s3: "some",
      s3Values: "arn:aws:s3:::acme-exports/\narn:aws:s3:::acme-b/x",
      lambda: "all",
      lambdaValues: "",
      otherDataResources: [{ type: "AWS::DynamoDB::Table", values: ["arn:aws:dynamodb"] }],
    });
    expect(fromEventSelectorsForm(form)).toEqual(EU_SELECTORS);
  });

  it("lists one condition per operator, and merges a field's conditions back", () => {
    const form = toEventSelectorsForm(ADVANCED);
    expect(form.kind).toBe("advanced");
    expect(form.advanced[0].conditions).toEqual([
      { field: "eventCategory", operator: "equals", values: "Data" },
      { field: "resources.type", operator: "equals", values: "AWS::S3::Object" },
      { field: "resources.ARN", operator: "startsWith", values: "arn:aws:s3:::a/" },
      { field: "resources.ARN", operator: "notStartsWith", values: "arn:aws:s3:::a/logs/" },
    ]);
    expect(fromEventSelectorsForm(form)).toEqual(ADVANCED);
  });

  it("starts the kind a trail does not use from the default", () => {
    const form = toEventSelectorsForm(ADVANCED);
    expect(form.basic).toHaveLength(1);
    expect(form.basic[0]).toMatchObject({ includeManagementEvents: true, readWriteType: "All" });
    expect(toEventSelectorsForm(EU_SELECTORS).advanced).toEqual([]);
  });

  it("saves only the chosen kind, with values one a line and blank lines left out", () => {
    const form = toEventSelectorsForm(ADVANCED);
    form.kind = "basic";
    form.basic[0] = { ...form.basic[0], s3: "some", s3Values: "  arn:aws:s3:::a/ \n\n" };
    expect(fromEventSelectorsForm(form)).toEqual({
      kind: "basic",
      selectors: [
        {
          readWriteType: "All",
          includeManagementEvents: true,
          excludeManagementEventSources: [],
          dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::a/"] }],
        },
      ],
    });
  });

  it("starts advanced selectors from the basic ones when the kind switches", () => {
    const advanced = advancedFormFromBasic(toEventSelectorsForm(EU_SELECTORS).basic);
    expect(advanced.map((s) => s.name)).toEqual([
      "Management events",
      "S3 data events",
      "Lambda data events",
      "AWS::DynamoDB::Table data events",
    ]);
    expect(advanced[0].conditions).toEqual([
      { field: "eventCategory", operator: "equals", values: "Management" },
      { field: "readOnly", operator: "equals", values: "false" },
      { field: "eventSource", operator: "notEquals", values: "kms.amazonaws.com" },
    ]);
  });
});

describe("eventSelectorsFormSchema", () => {
  it("accepts a trail's own selectors", () => {
    expect(formErrors(toEventSelectorsForm(EU_SELECTORS))).toEqual({});
    expect(formErrors(toEventSelectorsForm(ADVANCED))).toEqual({});
  });

  it("reports a value that is not an ARN at its text box, naming its line", () => {
    const form = toEventSelectorsForm(EU_SELECTORS);
    form.basic[0].s3Values = "arn:aws:s3:::acme-exports/\nacme-logs\nnope";
    expect(formErrors(form)).toEqual({
      "basic.0.s3Values": expect.stringMatching(
        /^Line 2: “acme-logs” is not an S3 ARN: .* \(1 more line\(s\) have problems\.\)$/,
      ),
    });
  });

  it("asks for values when a selector picks some buckets or functions", () => {
    const form = toEventSelectorsForm(EU_SELECTORS);
    form.basic[0] = { ...form.basic[0], s3Values: "", lambda: "some", lambdaValues: " " };
    expect(formErrors(form)).toEqual({
      "basic.0.s3Values": "List at least one bucket ARN, or choose all buckets.",
      "basic.0.lambdaValues": "List at least one function ARN, or choose all functions.",
    });
  });

  it("reports a selector that records nothing at its management events box", () => {
    const form = toEventSelectorsForm(EU_SELECTORS);
    form.basic.push(NEW_BASIC_SELECTOR);
    expect(formErrors(form)).toEqual({
      "basic.1.includeManagementEvents":
        "This selector records nothing: include management events or choose data events.",
    });
  });

  it("reports a sixth basic selector on the list", () => {
    const form = toEventSelectorsForm(EU_SELECTORS);
    form.basic = Array.from({ length: 6 }, () => form.basic[0]);
    expect(formErrors(form)).toEqual({
      basic: "A trail takes at most 5 basic selectors; remove 1, or use advanced selectors.",
    });
  });

  it("reports advanced conditions at their field, values or selector", () => {
    const form = toEventSelectorsForm(ADVANCED);
    form.advanced[0].conditions[0].values = "Data\nEverything";
    form.advanced[0].conditions[2].operator = "equals";
    form.advanced[0].conditions[3] = { field: "awsRegion", operator: "equals", values: "" };
    form.advanced.push({
      name: "",
      conditions: [{ field: "eventName", operator: "equals", values: "X" }],
    });
    expect(formErrors(form)).toEqual({
      "advanced.0.conditions.0.values":
        "“Everything” is not an event category: use Management, Data, NetworkActivity.",
      "advanced.0.conditions.3.field": "awsRegion is not a field trail selectors can filter on.",
      "advanced.0.conditions.3.values": "Give awsRegion at least one value.",
      "advanced.1.conditions":
        "Add an eventCategory condition with “equals” (Management, Data or NetworkActivity).",
    });
  });

  it("checks only the kind it would save", () => {
    const form = toEventSelectorsForm(ADVANCED);
    form.advanced = [];
    form.kind = "basic";
    expect(formErrors(form)).toEqual({});
    form.kind = "advanced";
    expect(formErrors(form)).toEqual({ advanced: "Add a selector: a trail needs at least one." });
  });
});

describe("Insights form", () => {
  it("turns Insights types into checkboxes and back, in CloudTrail's order", () => {
    const form = toInsightsForm(["ApiErrorRateInsight", "ApiCallRateInsight"]);
    expect(form).toEqual({ ApiCallRateInsight: true, ApiErrorRateInsight: true });
    expect(fromInsightsForm(form)).toEqual(["ApiCallRateInsight", "ApiErrorRateInsight"]);
    expect(fromInsightsForm({ ApiCallRateInsight: false, ApiErrorRateInsight: false })).toEqual([]);
  });
});

describe("insightsFormSchemaFor", () => {
  it("reports an Insights type the trail's event selectors give nothing to measure", () => {
    const readOnly: EventSelectors = {
      kind: "basic",
      selectors: [
        {
          readWriteType: "ReadOnly",
          includeManagementEvents: true,
          excludeManagementEventSources: [],
          dataResources: [],
        },
      ],
    };
    const result = insightsFormSchemaFor(readOnly).safeParse({
      ApiCallRateInsight: true,
      ApiErrorRateInsight: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "ApiCallRateInsight",
        "API call rate Insights need the trail to record write management events, and its event selectors do not.",
      ],
    ]);
    expect(
      insightsFormSchemaFor(readOnly).safeParse({
        ApiCallRateInsight: false,
        ApiErrorRateInsight: true,
      }).success,
    ).toBe(true);
  });
});
