import { describe, expect, it } from "vitest";

import { apiEvent } from "../testing/records";
import { guardDutyDetectorDeleted as rule } from "./guardduty-detector-deleted";

// No published dataset holds these calls: the records follow GuardDuty's API shapes.
function guardDuty(eventName: string, source = "guardduty.amazonaws.com") {
  return apiEvent({
    eventSource: source,
    eventName,
    awsRegion: "us-east-2",
    requestParameters: { detectorId: "12abc34d567e8fa901bc2d34e56789f0" },
  });
}

describe("guardduty-detector-deleted", () => {
  it("flags a deleted detector", () => {
    expect(rule.match(guardDuty("DeleteDetector"))).toBe(true);
  });

  it("leaves other detector calls and other services' DeleteDetector alone", () => {
    for (const name of ["GetDetector", "ListDetectors", "CreateDetector", "UpdateDetector"]) {
      expect(rule.match(guardDuty(name)), name).toBe(false);
    }
    expect(rule.match(guardDuty("DeleteDetector", "frauddetector.amazonaws.com"))).toBe(false);
  });
});
