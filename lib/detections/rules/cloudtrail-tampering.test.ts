import { describe, expect, it } from "vitest";

import { loadEvent } from "../testing/dataset";
import { apiEvent } from "../testing/records";
import { cloudTrailTampering as rule } from "./cloudtrail-tampering";

const STRATUS = "stratus-red-team/aws.defense-evasion";

/** A PutEventSelectors record (hand-written, in the shape of stratus' cloudtrail-event-selectors). */
function putSelectors(requestParameters: unknown, errorCode?: string) {
  return apiEvent({
    eventSource: "cloudtrail.amazonaws.com",
    eventName: "PutEventSelectors",
    requestParameters,
    ...(errorCode && { errorCode, errorMessage: "denied" }),
  });
}

const basic = (selector: Record<string, unknown>) => ({
  trailName: "management-events",
  eventSelectors: [{ dataResources: [], excludeManagementEventSources: [], ...selector }],
});

const advanced = (...fieldSelectors: Record<string, unknown>[]) => ({
  trailName: "management-events",
  advancedEventSelectors: [{ name: "selector", fieldSelectors }],
});

describe("cloudtrail-tampering", () => {
  it("flags stopped and deleted trails (stratus-red-team)", () => {
    expect(rule.match(loadEvent(`${STRATUS}.cloudtrail-stop.json`))).toBe(true);
    expect(rule.match(loadEvent(`${STRATUS}.cloudtrail-delete.json`))).toBe(true);
  });

  it("flags event selectors that drop management events (stratus-red-team)", () => {
    expect(rule.match(loadEvent(`${STRATUS}.cloudtrail-event-selectors.json`))).toBe(true);
  });

  it("flags failed attempts too (the user guide's UpdateTrail on a missing trail)", () => {
    const event = loadEvent("aws-cloudtrail-user-guide/cloudtrail-log-file-examples__06.json");
    expect(event.errorCode).toBe("TrailNotFoundException");
    expect(rule.match(event)).toBe(true);
    expect(
      rule.match(putSelectors(basic({ includeManagementEvents: false }), "AccessDenied")),
    ).toBe(true);
  });

  it("flags selectors that keep only read-only management events", () => {
    expect(
      rule.match(putSelectors(basic({ readWriteType: "ReadOnly", includeManagementEvents: true }))),
    ).toBe(true);
    expect(
      rule.match(
        putSelectors(
          advanced(
            { field: "eventCategory", equals: ["Management"] },
            { field: "readOnly", equals: ["true"] },
          ),
        ),
      ),
    ).toBe(true);
  });

  it("flags advanced selectors without an eventCategory = Management selector", () => {
    expect(
      rule.match(
        putSelectors(
          advanced(
            { field: "eventCategory", equals: ["Data"] },
            { field: "resources.type", equals: ["AWS::S3::Object"] },
          ),
        ),
      ),
    ).toBe(true);
    expect(
      rule.match(putSelectors({ trailName: "management-events", advancedEventSelectors: [] })),
    ).toBe(true);
  });

  it("leaves selectors that keep write management events alone", () => {
    for (const params of [
      basic({ readWriteType: "All", includeManagementEvents: true }),
      basic({ readWriteType: "WriteOnly", includeManagementEvents: true }),
      // IncludeManagementEvents defaults to true when a request leaves it out.
      basic({ readWriteType: "All" }),
      advanced({ field: "eventCategory", equals: ["Management"] }),
      advanced(
        { field: "eventCategory", equals: ["Management"] },
        { field: "readOnly", equals: ["false"] },
      ),
      {
        trailName: "t",
        eventSelectors: [
          { includeManagementEvents: false, dataResources: [{ type: "AWS::S3::Object" }] },
          { includeManagementEvents: true, readWriteType: "All" },
        ],
      },
    ]) {
      expect(rule.match(putSelectors(params))).toBe(false);
    }
  });

  it("leaves look-alikes alone: starting logging, reading a trail, malformed requests", () => {
    for (const name of ["StartLogging", "CreateTrail", "GetEventSelectors", "DescribeTrails"]) {
      expect(
        rule.match(
          apiEvent({
            eventSource: "cloudtrail.amazonaws.com",
            eventName: name,
            requestParameters: { name: "management-events" },
          }),
        ),
      ).toBe(false);
    }
    expect(rule.match(putSelectors(null))).toBe(false);
    expect(rule.match(putSelectors({ eventSelectors: "all" }))).toBe(false);
    expect(
      rule.match(apiEvent({ eventSource: "ec2.amazonaws.com", eventName: "StopLogging" })),
    ).toBe(false);
  });
});
