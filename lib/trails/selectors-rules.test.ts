import { describe, expect, it } from "vitest";

import {
  DEFAULT_BASIC_SELECTOR,
  type BasicEventSelector,
  type EventSelectors,
} from "./event-selectors";
import {
  advancedFieldProblem,
  advancedValuesProblem,
  eventSelectorsProblems,
  insightTypeProblem,
  lambdaFunctionValueProblem,
  s3ObjectValueProblem,
} from "./selectors-rules";

const s3Selector = (values: string[]): BasicEventSelector => ({
  readWriteType: "All",
  includeManagementEvents: false,
  excludeManagementEventSources: [],
  dataResources: [{ type: "AWS::S3::Object", values }],
});

describe("s3ObjectValueProblem", () => {
  it.each([
    "arn:aws:s3",
    "arn:aws:s3:::acme-logs/",
    "arn:aws:s3:::acme-logs/exports/2026/",
    "arn:aws-us-gov:s3:::acme.logs/",
  ])("accepts %s", (value) => {
    expect(s3ObjectValueProblem(value)).toBeUndefined();
  });

  it("says what a value that is not an ARN should look like", () => {
    expect(s3ObjectValueProblem("acme-logs")).toBe(
      "“acme-logs” is not an S3 ARN: use arn:aws:s3:::<bucket>/ for a bucket, or arn:aws:s3:::<bucket>/<prefix> for the objects under a prefix.",
    );
  });

  it("asks for the slash that makes a bucket ARN cover its objects", () => {
    expect(s3ObjectValueProblem("arn:aws:s3:::acme-logs")).toMatch(
      /needs a slash after the bucket name: arn:aws:s3:::acme-logs\/ logs every object/,
    );
  });

  it("checks the bucket name with S3's rules", () => {
    expect(s3ObjectValueProblem("arn:aws:s3:::Acme_Logs/")).toBe(
      "“arn:aws:s3:::Acme_Logs/”: the bucket name may contain only lowercase letters, numbers, periods and hyphens.",
    );
  });
});

describe("lambdaFunctionValueProblem", () => {
  it.each([
    "arn:aws:lambda",
    "arn:aws:lambda:eu-west-1:123456789012:function:gdpr-export",
    "arn:aws:lambda:eu-west-1:123456789012:function:gdpr-export:$LATEST",
    "arn:aws:lambda:eu-west-1:123456789012:function:gdpr-export:prod",
  ])("accepts %s", (value) => {
    expect(lambdaFunctionValueProblem(value)).toBeUndefined();
  });

  it.each(["gdpr-export", "arn:aws:lambda:eu-west-1:123:function:x", "arn:aws:s3:::b/"])(
    "refuses %s",
    (value) => {
      expect(lambdaFunctionValueProblem(value)).toMatch(/is not a Lambda function ARN/);
    },
  );
});

describe("advanced conditions", () => {
  it("takes only the fields CloudTrail filters trails on", () => {
    expect(advancedFieldProblem("eventName", "startsWith")).toBeUndefined();
    expect(advancedFieldProblem("awsRegion", "equals")).toBe(
      "awsRegion is not a field trail selectors can filter on.",
    );
  });

  it("matches eventCategory, readOnly and resources.type with equals only", () => {
    expect(advancedFieldProblem("readOnly", "notEquals")).toBe(
      "readOnly can only be matched with “equals”.",
    );
    expect(advancedFieldProblem("resources.type", "equals")).toBeUndefined();
  });

  it("checks the values of fields with a fixed set", () => {
    expect(advancedValuesProblem("eventCategory", ["Management", "Data"])).toBeUndefined();
    expect(advancedValuesProblem("eventCategory", ["management"])).toBe(
      "“management” is not an event category: use Management, Data, NetworkActivity.",
    );
    expect(advancedValuesProblem("readOnly", ["yes"])).toBe(
      "readOnly is “true” or “false”, not “yes”.",
    );
    expect(advancedValuesProblem("resources.type", ["S3 objects"])).toMatch(
      /is not a resource type/,
    );
    expect(advancedValuesProblem("eventName", [])).toBe("Give eventName at least one value.");
  });
});

describe("eventSelectorsProblems", () => {
  it("finds nothing wrong with the default selector", () => {
    expect(eventSelectorsProblems({ kind: "basic", selectors: [DEFAULT_BASIC_SELECTOR] })).toEqual(
      [],
    );
  });

  it("keeps to 1 to 5 basic selectors", () => {
    expect(eventSelectorsProblems({ kind: "basic", selectors: [] })).toEqual([
      "Add a selector: a trail needs at least one.",
    ]);
    const six = Array.from({ length: 6 }, () => DEFAULT_BASIC_SELECTOR);
    expect(eventSelectorsProblems({ kind: "basic", selectors: six })).toEqual([
      "A trail takes at most 5 basic selectors; remove 1, or use advanced selectors.",
    ]);
  });

  it("counts data resource values across selectors against 250", () => {
    const values = (from: number) =>
      Array.from({ length: 125 }, (_, i) => `arn:aws:s3:::bucket-${from + i}/`);
    const at250: EventSelectors = {
      kind: "basic",
      selectors: [s3Selector(values(0)), s3Selector(values(125))],
    };
    expect(eventSelectorsProblems(at250)).toEqual([]);
    const over: EventSelectors = {
      kind: "basic",
      selectors: [...at250.selectors, s3Selector(["arn:aws:s3:::one-more/"])],
    };
    expect(eventSelectorsProblems(over)).toEqual([
      "A trail takes at most 250 data resource values across its selectors (these have 251).",
    ]);
  });

  it("finds a selector that records nothing and values that are not ARNs", () => {
    const problems = eventSelectorsProblems({
      kind: "basic",
      selectors: [
        { ...DEFAULT_BASIC_SELECTOR, includeManagementEvents: false },
        s3Selector(["acme-logs"]),
      ],
    });
    expect(problems).toEqual([
      "This selector records nothing: include management events or choose data events.",
      expect.stringMatching(/^“acme-logs” is not an S3 ARN/),
    ]);
  });

  it("leaves out only KMS and RDS Data API events", () => {
    expect(
      eventSelectorsProblems({
        kind: "basic",
        selectors: [
          { ...DEFAULT_BASIC_SELECTOR, excludeManagementEventSources: ["s3.amazonaws.com"] },
        ],
      }),
    ).toEqual([
      "CloudTrail can leave out only kms.amazonaws.com and rdsdata.amazonaws.com, not s3.amazonaws.com.",
    ]);
  });

  it("needs an event category in each advanced selector, and a resource type for data", () => {
    const problems = eventSelectorsProblems({
      kind: "advanced",
      selectors: [
        { fieldSelectors: [{ field: "eventName", equals: ["PutObject"] }] },
        { fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }] },
        { name: "writes", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
      ],
    });
    expect(problems).toEqual([
      "Add an eventCategory condition with “equals” (Management, Data or NetworkActivity).",
      "Data and network activity events need a resources.type condition (such as AWS::S3::Object).",
    ]);
  });

  it("counts the values of advanced conditions against 500", () => {
    const selector = (count: number) => ({
      fieldSelectors: [
        { field: "eventCategory", equals: ["Data"] },
        { field: "resources.type", equals: ["AWS::S3::Object"] },
        {
          field: "resources.ARN",
          startsWith: Array.from({ length: count }, (_, i) => `arn:aws:s3:::b-${i}/`),
        },
      ],
    });
    expect(eventSelectorsProblems({ kind: "advanced", selectors: [selector(498)] })).toEqual([]);
    expect(eventSelectorsProblems({ kind: "advanced", selectors: [selector(499)] })).toEqual([
      "Advanced selectors take at most 500 values across all their conditions (these have 501).",
    ]);
  });
});

describe("insightTypeProblem", () => {
  const basic = (selector: Partial<BasicEventSelector>): EventSelectors => ({
    kind: "basic",
    selectors: [{ ...DEFAULT_BASIC_SELECTOR, ...selector }],
  });

  it("needs write management events for API call rate Insights", () => {
    expect(insightTypeProblem("ApiCallRateInsight", basic({}))).toBeUndefined();
    expect(insightTypeProblem("ApiCallRateInsight", basic({ readWriteType: "ReadOnly" }))).toMatch(
      /need the trail to record write management events/,
    );
    expect(insightTypeProblem("ApiErrorRateInsight", basic({ readWriteType: "ReadOnly" }))).toBe(
      undefined,
    );
  });

  it("needs management events for API error rate Insights", () => {
    expect(
      insightTypeProblem("ApiErrorRateInsight", basic({ includeManagementEvents: false })),
    ).toMatch(/need the trail to record management events/);
  });

  it("reads advanced selectors' event category and readOnly", () => {
    const advanced = (readOnly: string[] | undefined): EventSelectors => ({
      kind: "advanced",
      selectors: [
        {
          fieldSelectors: [
            { field: "eventCategory", equals: ["Management"] },
            ...(readOnly ? [{ field: "readOnly", equals: readOnly }] : []),
          ],
        },
      ],
    });
    expect(insightTypeProblem("ApiCallRateInsight", advanced(undefined))).toBeUndefined();
    expect(insightTypeProblem("ApiCallRateInsight", advanced(["false"]))).toBeUndefined();
    expect(insightTypeProblem("ApiCallRateInsight", advanced(["true"]))).toBeDefined();
    expect(insightTypeProblem("ApiErrorRateInsight", advanced(["true"]))).toBeUndefined();
  });
});
