import { describe, expect, it } from "vitest";

import { DEFAULT_BASIC_SELECTOR } from "./event-selectors";
import { describeEventSelectors, describeInsightTypes, listValues } from "./selectors-summary";

describe("describeEventSelectors", () => {
  it("says what each basic selector records, one line a selector", () => {
    expect(
      describeEventSelectors({
        kind: "basic",
        selectors: [
          {
            ...DEFAULT_BASIC_SELECTOR,
            excludeManagementEventSources: ["kms.amazonaws.com"],
            dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::bucket/"] }],
          },
          {
            readWriteType: "WriteOnly",
            includeManagementEvents: false,
            excludeManagementEventSources: [],
            dataResources: [
              { type: "AWS::S3::Object", values: ["arn:aws:s3"] },
              {
                type: "AWS::Lambda::Function",
                values: ["arn:aws:lambda:eu-west-1:123456789012:function:gdpr-export"],
              },
              { type: "AWS::DynamoDB::Table", values: ["arn:aws:dynamodb"] },
            ],
          },
          {
            readWriteType: "ReadOnly",
            includeManagementEvents: true,
            excludeManagementEventSources: ["kms.amazonaws.com", "rdsdata.amazonaws.com"],
            dataResources: [],
          },
        ],
      }),
    ).toEqual([
      "All management events (read and write), excluding KMS; S3 data events for arn:aws:s3:::bucket/",
      "S3 data events (write-only) for all buckets; Lambda data events (write-only) for arn:aws:lambda:eu-west-1:123456789012:function:gdpr-export; AWS::DynamoDB::Table data events (write-only) for all resources",
      "Read-only management events, excluding KMS and RDS Data API",
    ]);
  });

  it("says when a selector records nothing", () => {
    expect(
      describeEventSelectors({
        kind: "basic",
        selectors: [{ ...DEFAULT_BASIC_SELECTOR, includeManagementEvents: false }],
      }),
    ).toEqual(["Nothing (no management or data events)"]);
  });

  it("reads advanced selectors' conditions out, by name or position", () => {
    expect(
      describeEventSelectors({
        kind: "advanced",
        selectors: [
          {
            name: "Management without KMS",
            fieldSelectors: [
              { field: "eventCategory", equals: ["Management"] },
              { field: "eventSource", notEquals: ["kms.amazonaws.com", "rdsdata.amazonaws.com"] },
            ],
          },
          {
            fieldSelectors: [
              { field: "eventCategory", equals: ["Data"] },
              { field: "resources.type", equals: ["AWS::S3::Object"] },
              { field: "resources.ARN", startsWith: ["arn:aws:s3:::a/"], notEndsWith: [".tmp"] },
            ],
          },
        ],
      }),
    ).toEqual([
      "Management without KMS: eventCategory is Management, eventSource is none of kms.amazonaws.com or rdsdata.amazonaws.com",
      "Selector 2: eventCategory is Data, resources.type is AWS::S3::Object, resources.ARN starts with arn:aws:s3:::a/, resources.ARN does not end with .tmp",
    ]);
  });
});

describe("listValues", () => {
  it("lists three values and counts the rest", () => {
    expect(listValues(["a"])).toBe("a");
    expect(listValues(["a", "b", "c"])).toBe("a, b and c");
    expect(listValues(["a", "b", "c", "d", "e"])).toBe("a, b, c and 2 more");
  });
});

describe("describeInsightTypes", () => {
  it("names the Insights types on, in CloudTrail's order, or says they are off", () => {
    expect(describeInsightTypes(["ApiErrorRateInsight", "ApiCallRateInsight"])).toBe(
      "API call rate and API error rate Insights",
    );
    expect(describeInsightTypes(["ApiErrorRateInsight"])).toBe("API error rate Insights");
    expect(describeInsightTypes([])).toBe("Insights off");
  });
});
