import { describe, expect, it } from "vitest";

import { apiEvent } from "../testing/records";
import { configRecordingStopped as rule } from "./config-recording-stopped";

// No published dataset holds these calls: the records follow AWS Config's API shapes.
function config(eventName: string, requestParameters: Record<string, unknown>) {
  return apiEvent({ eventSource: "config.amazonaws.com", eventName, requestParameters });
}

describe("config-recording-stopped", () => {
  it("flags the recorder stopped or deleted and the channel deleted", () => {
    expect(
      rule.match(config("StopConfigurationRecorder", { configurationRecorderName: "default" })),
    ).toBe(true);
    expect(
      rule.match(config("DeleteConfigurationRecorder", { configurationRecorderName: "default" })),
    ).toBe(true);
    expect(rule.match(config("DeleteDeliveryChannel", { deliveryChannelName: "default" }))).toBe(
      true,
    );
  });

  it("leaves starting the recorder and reading its status alone", () => {
    expect(
      rule.match(config("StartConfigurationRecorder", { configurationRecorderName: "default" })),
    ).toBe(false);
    expect(rule.match(config("DescribeConfigurationRecorderStatus", {}))).toBe(false);
  });
});
