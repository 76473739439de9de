import { describe, expect, it } from "vitest";

import { DEFAULT_BASIC_SELECTOR } from "./event-selectors";
import { basicToAdvancedSelectors } from "./selectors-basic-to-advanced";
import { eventSelectorsProblems } from "./selectors-rules";

describe("basicToAdvancedSelectors", () => {
  it("writes all management events as an event category alone", () => {
    expect(basicToAdvancedSelectors([DEFAULT_BASIC_SELECTOR])).toEqual([
      {
        name: "Management events",
        fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }],
      },
    ]);
  });

  it("keeps read/write, left-out sources and each data resource, as CloudTrail accepts them", () => {
    const advanced = basicToAdvancedSelectors([
      {
        readWriteType: "ReadOnly",
        includeManagementEvents: true,
        excludeManagementEventSources: ["kms.amazonaws.com"],
        dataResources: [
          { type: "AWS::S3::Object", values: ["arn:aws:s3:::acme-a/", "arn:aws:s3:::acme-b/in/"] },
          {
            type: "AWS::Lambda::Function",
            values: ["arn:aws:lambda:eu-west-1:123456789012:function:f"],
          },
        ],
      },
      {
        readWriteType: "All",
        includeManagementEvents: false,
        excludeManagementEventSources: [],
        dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }],
      },
    ]);
    expect(advanced).toEqual([
      {
        name: "Management events",
        fieldSelectors: [
          { field: "eventCategory", equals: ["Management"] },
          { field: "readOnly", equals: ["true"] },
          { field: "eventSource", notEquals: ["kms.amazonaws.com"] },
        ],
      },
      {
        name: "S3 data events",
        fieldSelectors: [
          { field: "eventCategory", equals: ["Data"] },
          { field: "resources.type", equals: ["AWS::S3::Object"] },
          { field: "readOnly", equals: ["true"] },
          {
            field: "resources.ARN",
            startsWith: ["arn:aws:s3:::acme-a/", "arn:aws:s3:::acme-b/in/"],
          },
        ],
      },
      {
        name: "Lambda data events",
        fieldSelectors: [
          { field: "eventCategory", equals: ["Data"] },
          { field: "resources.type", equals: ["AWS::Lambda::Function"] },
          { field: "readOnly", equals: ["true"] },
          {
            field: "resources.ARN",
            equals: ["arn:aws:lambda:eu-west-1:123456789012:function:f"],
          },
        ],
      },
      {
        name: "S3 data events",
        fieldSelectors: [
          { field: "eventCategory", equals: ["Data"] },
          { field: "resources.type", equals: ["AWS::S3::Object"] },
        ],
      },
    ]);
    expect(eventSelectorsProblems({ kind: "advanced", selectors: advanced })).toEqual([]);
  });
});
